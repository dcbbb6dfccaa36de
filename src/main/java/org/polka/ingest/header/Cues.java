package org.polka.ingest.header;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed cues of a header in English, Russian and German: section labels (abstract, keywords,
 * introduction), the words of institutions, and the lines that are publishing furniture rather than
 * content (journal references, dates, licences, page numbers).
 */
final class Cues {
  private static final String SEP = "\\s*[:.—–\\-]?\\s*";

  /** "Abstract", "Аннотация", "Zusammenfassung" … at a line's start; group 2 is the rest. */
  static final Pattern ABSTRACT = Pattern.compile("(?iu)^\\W{0,2}(abstract|summary|a b s t r a c t"
      + "|s u m m a r y|аннотация|резюме|реферат|annotation|zusammenfassung|kurzfassung"
      + "|abstrakt|résumé|resume)(?![\\p{L}])" + SEP + "(.*)$");
  /** A line that ends with an abstract label, as when a label shares its line with other text. */
  static final Pattern ABSTRACT_AT_END = Pattern.compile(
      "(?u)^(.*\\S)\\s+(Abstract|ABSTRACT|Summary|SUMMARY|Аннотация|АННОТАЦИЯ|Zusammenfassung)"
          + "\\s*[:.]?$");
  /** "Keywords:", "Ключевые слова:", "Schlüsselwörter:" … at a line's start; group 2 the rest. */
  static final Pattern KEYWORDS = Pattern.compile("(?iu)^\\W{0,2}(key\\s*-?\\s*words?(?:\\s+and"
      + "\\s+phrases)?|index\\s+terms|k e y w o r d s|ключевые\\s+слова|ключевые\\s+термины"
      + "|schlüsselwörter|schlagwörter|stichwörter|stichworte|mots[- ]clés)" + SEP + "(.*)$");
  /** Other labelled lines that end an abstract or a keyword list. */
  static final Pattern STOP = Pattern.compile("(?iu)^\\W{0,2}((received|accepted|published|"
      + "citation|editor|academic editor|funding|competing interests|data availability|"
      + "availability( and implementation)?|contact|supplementary (information|data|material)|"
      + "correspondence|corresponding author|e-?mail|jel( classification)?|msc|pacs( numbers?)?|"
      + "one-sentence summary|\\(some figures in this article|\\(continued on next page|"
      + "categories and subject descriptors|general terms|acm reference format|to cite|"
      + "how to cite|cite this( article)?|article history|article info|поступила|"
      + "статья поступила|для цитирования|дата поступления|информация об авторах|"
      + "сведения об авторах|udc|удк|ббк|bbk|eingegangen|zitierweise|abbreviations)"
      + "(\\s*[:.]|\\s*$|\\s+\\d)|©|copyright\\b|doi:|\\*\\s*correspond)");
  /** A label that starts a new block in the middle of a printed line, after a sentence. */
  static final Pattern MID_LINE_LABEL = Pattern.compile("(?u)(?<=[.)])\\s+(?=(Keywords?|KEYWORDS?|"
      + "Key words|Index Terms|Availability( and implementation)?|Contact|Supplementary information"
      + "|Ключевые слова|Schlüsselwörter)\\s*[:.—–-])|(?<=[.)*]|@\\S{1,60})\\s+(?=(Abstract|ABSTRACT"
      + "|Summary|SUMMARY|Аннотация|АННОТАЦИЯ|Zusammenfassung)(\\s+\\p{Lu}|\\s*$|\\s*[:.]))");
  /** The first heading of the body: the header ends before it. */
  static final Pattern BODY_START = Pattern.compile("(?iu)^((\\d{1,2}|[IVX]{1,3})\\.?\\s*)?"
      + "(introduction|background|введение|einleitung|einführung|i n t r o d u c t i o n)"
      + "\\s*[:.]?$");
  static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}0-9._%+\\-]+@[\\p{L}0-9.\\-]+\\.[\\p{L}]{2,}");
  static final Pattern DOI = Pattern.compile("(?i)\\b(10\\.\\d{4,9}/[^\\s\"<>]+)");
  private static final Pattern FURNITURE = Pattern.compile("(?iu)^(.*(?<!\\p{L})(т\\.|№)\\s*\\d.*|page\\s+\\d+|\\d{1,4}|pg\\.?\\s*\\d+"
      + "|.*\\bet al\\.?,?\\s*(pg\\.?|p\\.)?\\s*\\d*|.*\\b(vol\\.|volume|no\\.|issue|pp\\.|том|вып\\.|"
      + "jahrgang|heft|bd\\.)\\s*\\d.*|.*\\bissn\\b.*|.*\\bisbn\\b.*|.*\\bdoi\\b.*|.*https?://.*"
      + "|.*www\\..*|.*©.*|.*\\bcopyright\\b.*|(research|original|review|short|brief)\\s+(article|"
      + "paper|communication|report)s?|article|research|letters?|articles|a r t i c l e s?"
      + "|(научная|оригинальная|обзорная)\\s+статья|original(arbeit|beitrag)|preprint.*"
      + "|.*\\b(received|accepted|published|submitted)\\b.*\\d{4}.*|arxiv:.*"
      + "|(january|february|march|april|may|june|july|august|september|october|november|"
      + "december)\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|open access|"
      + "journal of .*\\d{4}.*|.*\\bjournal\\b.*\\d.*|(co-?)?authors?\\s*:?|affiliations?\\s*:?"
      + "|title page|open access|.{0,12}\\bjournal of\\b.{0,40}|authors? and affiliations\\s*:?|running (title|head).*|short title.*|(\\S\\s){5,}.*)$");
  /** "Title:" at a line's start; group 1 is the rest. */
  static final Pattern TITLE_LABEL = Pattern.compile("(?iu)^title\\s*:\\s*(.+)$");
  /** Words naming institutions and their parts, in the three languages. */
  private static final Pattern INSTITUTION = Pattern.compile("(?iu)(univers|institut|college|"
      + "school|department|dept\\.|faculty|laborator|centre|center|hospital|academy|academia|"
      + "ministry|council|foundation|corporation|company|inc\\.|ltd|gmbh|\\bag\\b|research|"
      + "clinic|klinik|akademie|hochschule|fachbereich|lehrstuhl|abteilung|forschung|"
      + "университет|институт|академи|кафедр|факультет|лаборатори|центр|министерств|"
      + "учреждени|больниц|школ|колледж|фгбоу|фгбу|гоу|нии|ран\\b|division|unit\\b|program"
      + "|service|agency|observatory|museum|library|bureau|office)");
  /** Words that place an address: streets, postal boxes, countries. */
  private static final Pattern ADDRESS = Pattern.compile("(?iu)(\\b(usa|u\\.s\\.a\\.|uk|germany|"
      + "deutschland|russia|россия|france|china|japan|italy|spain|canada|australia|india|brazil|"
      + "netherlands|switzerland|austria|sweden|united states|united kingdom|korea|israel)\\b|"
      + "\\b(street|str\\.|road|avenue|ave\\.|blvd|p\\.?o\\.? box|ул\\.|улица|пр\\.|проспект|"
      + "г\\.|d-\\d{5})|\\b\\d{5,6}\\b)");
  /** Lower-case words common in titles and running text but never inside a person's name. */
  static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "in", "for", "on", "with", "to",
      "a", "an", "from", "by", "at", "via", "using", "between", "under", "into", "is", "are",
      "as", "its", "their", "we", "this", "that", "or", "not", "over", "after", "during",
      "в", "на", "с", "по", "для", "о", "об", "к", "от", "из", "при", "как", "что",
      "der", "die", "das", "den", "des", "dem", "im", "zur", "zum", "für", "mit", "von", "und",
      "auf", "über", "bei", "ein", "eine", "einer");

  private Cues() {}

  /** The rest of the line after an abstract label, or null when the line has no such label. */
  static String afterAbstractLabel(String line) {
    Matcher m = ABSTRACT.matcher(line);
    return m.matches() ? m.group(2).strip() : null;
  }

  /** The rest of the line after a keyword label, or null when the line has no such label. */
  static String afterKeywordLabel(String line) {
    Matcher m = KEYWORDS.matcher(line);
    return m.matches() ? m.group(2).strip() : null;
  }

  static boolean isBodyStart(String line) {
    return BODY_START.matcher(line.strip()).matches();
  }

  static boolean isStop(String line) {
    return STOP.matcher(line).find() || afterKeywordLabel(line) != null || isBodyStart(line);
  }

  /** Publishing furniture: journal lines, page numbers, dates, licences, article-type labels. */
  static boolean isFurniture(String line) {
    return FURNITURE.matcher(line.strip()).matches() || EMAIL.matcher(line).find()
        && line.length() < 80 && !line.contains(",");
  }

  static boolean hasInstitution(String line) {
    return INSTITUTION.matcher(line).find();
  }

  static boolean hasAddress(String line) {
    return ADDRESS.matcher(line).find();
  }

  static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
