package org.polka.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.polka.ingest.repair.LetterSpacing;

/**
 * The assembly of article text lines into sections of paragraphs and a list of footnotes.
 *
 * <p>Each input line is a paragraph as the page shows it. A paragraph that stops mid-sentence at a
 * page break is joined with the next paragraph line, skipping the footnotes printed between them;
 * a footnote is a line "N text" whose label follows the previous footnote's and whose marker N
 * stands glued to a word or punctuation in the body before it ("istorii”1", "Cooperation4").
 */
final class BodyAssembler {
  private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
  private static final Pattern TERMINAL = Pattern.compile("[.!?…:;][\"”’»)\\]]*\\d{0,3}$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\(?\\d{1,3}[).]\\s.*");
  private static final Set<String> CONTINUING_WORDS = Set.of(
      "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
      "as", "that", "which", "who", "is", "are", "was", "were", "than", "its", "their", "his", "her",
      "и", "в", "во", "на", "с", "со", "по", "к", "о", "об", "от", "до", "из", "за", "для", "что",
      "как", "а", "но", "или", "не", "при", "под", "над", "между", "через", "также");
  private static final int MAX_HEADING_LENGTH = 100;
  private static final int MAX_HEADING_WORDS = 12;

  private final List<Section> sections = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final StringBuilder bodySoFar = new StringBuilder();
  private String sectionTitle;
  private List<StringBuilder> paragraphs = new ArrayList<>();
  private int lastLabel;
  private boolean lastWasFootnote;

  /** The assembled body: sections, footnotes, and warnings about what could not be decided. */
  record Body(List<Section> sections, List<Footnote> footnotes, List<String> warnings) {}

  /** Assembles the given text lines (blank lines and page chrome already removed). */
  static Body assemble(List<String> lines) {
    var assembler = new BodyAssembler();
    for (int i = 0; i < lines.size(); i++) {
      assembler.accept(lines.get(i), nextText(lines, i));
    }
    assembler.flushSection();
    return new Body(List.copyOf(assembler.sections), List.copyOf(assembler.footnotes),
        List.copyOf(assembler.warnings));
  }

  /** The first line after {@code i} that does not look like a footnote, or "". */
  private static String nextText(List<String> lines, int i) {
    return lines.subList(i + 1, lines.size()).stream()
        .filter(l -> !FOOTNOTE.matcher(l).matches()).findFirst().orElse("");
  }

  private void accept(String line, String next) {
    if (!acceptFootnote(line)) {
      lastWasFootnote = false;
      acceptText(line, next);
    }
  }

  /** Takes the line as a footnote or the continuation of one, if it is that. */
  private boolean acceptFootnote(String line) {
    Matcher fm = FOOTNOTE.matcher(line);
    if (fm.matches() && isNextFootnote(Integer.parseInt(fm.group(1)))) {
      lastLabel = Integer.parseInt(fm.group(1));
      footnotes.add(new Footnote(fm.group(1), fm.group(2).strip()));
      lastWasFootnote = true;
      return true;
    }
    if (lastWasFootnote && continuesFootnote(line)) {
      Footnote last = footnotes.removeLast();
      footnotes.add(new Footnote(last.label(), joinLines(last.text(), line)));
      return true;
    }
    return false;
  }

  /** Takes the line as a heading, a new paragraph, or the rest of a paragraph cut at a page break. */
  private void acceptText(String line, String next) {
    String collapsed = LetterSpacing.collapse(line);
    StringBuilder last = paragraphs.isEmpty() ? null : paragraphs.getLast();
    boolean continues = last != null && continuesParagraph(last.toString(), line);
    boolean nextContinues = !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
    if (!continues && !nextContinues && isHeading(collapsed)) {
      flushSection();
      sectionTitle = collapsed.strip();
      return;
    }
    if (continues) {
      String joined = joinLines(last.toString(), line);
      last.setLength(0);
      last.append(joined);
    } else {
      warnIfCut(last);
      paragraphs.add(new StringBuilder(line.strip()));
    }
    bodySoFar.append(' ').append(line);
  }

  private boolean isNextFootnote(int label) {
    if (label <= lastLabel || label > lastLabel + 3) {
      return false;
    }
    Pattern marker = Pattern.compile("[\\p{L}.,;:!?)\\]”’\"'»]" + label + "(?!\\d)");
    return marker.matcher(bodySoFar).find();
  }

  /**
   * Whether a line after a footnote continues it: the note is unfinished, the line does not start
   * a sentence, and the body paragraph is finished or the note plainly open (",", "(").
   */
  private boolean continuesFootnote(String line) {
    String note = footnotes.getLast().text();
    boolean bodyOpen = !paragraphs.isEmpty() && !isTerminal(paragraphs.getLast().toString());
    boolean noteOpen = note.endsWith(",") || note.endsWith(";") || unbalanced(note);
    return !isTerminal(note) && (!bodyOpen || noteOpen) && !Character.isUpperCase(line.codePointAt(0));
  }

  private static boolean unbalanced(String text) {
    return text.chars().filter(c -> c == '(' || c == '[').count()
        > text.chars().filter(c -> c == ')' || c == ']').count();
  }

  private static boolean continuesParagraph(String previous, String line) {
    if (isTerminal(previous)) {
      return false;
    }
    char end = previous.charAt(previous.length() - 1);
    return Character.isLowerCase(line.codePointAt(0)) || end == '-' || end == ',' || end == '“'
        || CONTINUING_WORDS.contains(lastWord(previous));
  }

  private static String lastWord(String text) {
    String[] words = text.strip().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  private void warnIfCut(StringBuilder last) {
    if (last != null && !isTerminal(last.toString())) {
      String text = last.toString();
      warnings.add("paragraph ends without punctuation, maybe cut at a page break: …"
          + text.substring(Math.max(0, text.length() - 40)));
    }
  }

  /**
   * Whether a line can be a section heading: short, capitalised, not ending in punctuation, an
   * opening quote or a word that needs a continuation ("the", "и"). The caller also checks that
   * the next line does not continue it in lower case.
   */
  static boolean isHeading(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_HEADING_LENGTH || s.split("\\s+").length > MAX_HEADING_WORDS) {
      return false;
    }
    char end = s.charAt(s.length() - 1);
    return Character.isUpperCase(s.codePointAt(0)) && ".,;:-–—“\"«".indexOf(end) < 0
        && !LIST_ITEM.matcher(s).matches() && !CONTINUING_WORDS.contains(lastWord(s));
  }

  static boolean isTerminal(String text) {
    return TERMINAL.matcher(text.strip()).find();
  }

  private static String joinLines(String previous, String next) {
    String glue = previous.endsWith("-") ? "" : " ";
    return previous.strip() + glue + next.strip();
  }

  private void flushSection() {
    if (sectionTitle != null || !paragraphs.isEmpty()) {
      List<String> texts = paragraphs.stream().map(StringBuilder::toString).toList();
      sections.add(new Section(sectionTitle, sectionTitle == null ? null : 1, texts));
    }
    sectionTitle = null;
    paragraphs = new ArrayList<>();
  }
}
