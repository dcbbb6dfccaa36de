package org.polka.ingest.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A repair of words broken at line ends ("Sangtu-dinskaia", "сло- во") that keeps real hyphens
 * ("military-political", "Vimm-Bil-Dan", "Su-27").
 *
 * <p>It decides first with the document's own vocabulary, then with a dictionary of Russian and
 * English word forms ({@link Lexicon}): a pair is joined when the joined word occurs elsewhere in
 * the text (kept if the hyphenated form is the commoner there); kept when the hyphenated form
 * occurs again or the second part is capitalised; joined
 * when the dictionary knows the joined word but not both parts ("сло- во", "particu-lar"); kept
 * when both parts are words and the joined form is not ("military-political"). Otherwise a hyphen
 * followed by a space is a lost line end and is joined unless the first part is a prefix; parts
 * neither source knows are fragments, joined when the second is a word ending ("-tion"), the word
 * is Russian or a name ("Sangtu-dinskaia"), or a part is short; two long unknown English parts
 * ("ground-attack") keep their hyphen.
 */
public final class Dehyphenator {
  /**
   * The mark a layout reader puts in place of a hyphen that ended a printed line ("pre" + mark +
   * "vents"), so that only those hyphens are taken for possible breaks; a hyphen inside a printed
   * line is the author's.
   */
  public static final char LINE_END = '\uE000';
  static final Pattern PAIR = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\d\\-\uE000])([\\p{L}\\p{M}]+)-( ?)([\\p{L}\\p{M}]+)"
      + "(?![\\p{L}\\p{M}\\d]|[-\uE000][\\p{L}\\d])");
  static final Pattern MARKED_PAIR = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\d])([\\p{L}\\p{M}]+)\uE000( ?)([\\p{L}\\p{M}]+)(?![\\p{L}\\p{M}\\d])");
  static final Pattern MARKED = Pattern.compile("[\\p{L}\\p{M}]*\uE000[\\p{L}\\p{M}]*");
  private static final Set<String> PREFIXES = Set.of(
      "anti", "post", "pre", "pro", "non", "co", "self", "ex", "semi", "multi", "inter", "neo",
      "quasi", "ultra", "vice", "well", "ill", "half", "all", "cross", "counter", "over", "under",
      "so", "high", "low", "long", "short", "full", "fully", "large", "small", "mid", "sub",
      "по", "кое", "из", "во", "северо", "юго", "экс", "вице", "анти", "пост", "псевдо", "полу",
      "контр", "обер", "лейб");
  /** Prefixes English sets with a hyphen before a word ("socio-economic", "self-esteem"). */
  private static final Set<String> HYPHENATED_PREFIXES = Set.of("socio", "self");
  private static final Set<String> SUFFIXES = Set.of("то", "либо", "нибудь", "ка", "де", "таки");
  private static final Set<String> SUFFIX_FRAGMENTS = Set.of(
      "tion", "tions", "sion", "sions", "ment", "ments", "ing", "ings", "ly", "ed", "ness", "able",
      "ible", "ity", "ities", "ous", "ive", "ical", "ally", "ance", "ence", "ant", "ent", "ers",
      "er", "al", "ate", "ated", "ation", "ations", "ism", "ist", "ists", "ize", "ized", "ise");
  private static final Set<String> SPACED_CONJUNCTIONS = Set.of("and", "or", "to", "и", "или", "а");

  private final Lexicon lexicon;
  private final Map<String, Integer> words = new HashMap<>();
  private final Map<String, Integer> compounds = new HashMap<>();
  private final List<String> guesses = new ArrayList<>();

  private Dehyphenator(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A dehyphenator that knows the dictionary's words and those of the given text (the whole
   * document, for best results).
   */
  public static Dehyphenator learnFrom(String text, Lexicon lexicon) {
    Dehyphenator d = new Dehyphenator(lexicon);
    WordTokens.forEach(withoutMarkedWords(text), token -> d.learn(lower(token)));
    return d;
  }

  /** The text with each word that holds a {@link #LINE_END} mark replaced by a space (MARKED). */
  static String withoutMarkedWords(String text) {
    if (text.indexOf(LINE_END) < 0) {
      return text;
    }
    var sparse = new SparseReplace(MARKED, text);
    for (int k = text.indexOf(LINE_END); k >= 0; k = text.indexOf(LINE_END, k + 1)) {
      int a = SparseReplace.runStart(text, k, sparse.resumeAt(), Letters::letterOrMarkLike);
      sparse.replaceInRun(a, k + 1, m -> " ");
    }
    return sparse.result();
  }

  /** Counts a lower-cased token: a word, or the hyphenated pairs of a compound. */
  private void learn(String token) {
    if (token.indexOf('-') < 0) {
      words.merge(token, 1, Integer::sum);
      return;
    }
    String[] parts = token.split("-");
    for (int i = 0; i + 1 < parts.length; i++) {
      compounds.merge(parts[i] + "-" + parts[i + 1], 1, Integer::sum);
    }
  }

  /** How often each word (lower case) occurs in the text learnt from. */
  Map<String, Integer> wordCounts() {
    return Map.copyOf(words);
  }

  /** How often each hyphenated pair of words (lower case) occurs in the text learnt from. */
  Map<String, Integer> compoundCounts() {
    return Map.copyOf(compounds);
  }

  /**
   * The text with line-break hyphens removed and real hyphens kept: every hyphen between letters is
   * judged, those marked {@link #LINE_END} as known line ends.
   */
  public String repair(String text) {
    return repair(text, true);
  }

  /**
   * The text with only the hyphens marked {@link #LINE_END} judged (removed where the word was
   * broken, printed as "-" where not); every other hyphen is the author's and stays. For text whose
   * line ends are known, as a layout reader's.
   */
  public String repairLineEnds(String text) {
    return repair(text, false);
  }

  private String repair(String text, boolean plainToo) {
    String out = text.replace("\u00AD", "");
    if (plainToo) {
      out = decide(PAIR, '-', out, false);
    }
    return decide(MARKED_PAIR, LINE_END, out, true).replace(LINE_END, '-');
  }

  /**
   * The text with each pair the pattern finds joined or hyphenated. A pair's parts touch its
   * hyphen, so the pattern is tried only at the starts of the letter runs that end at one.
   */
  private String decide(Pattern pairs, char hyphen, String text, boolean lineEnd) {
    return replacePairs(pairs, hyphen, text, m -> decision(m, lineEnd));
  }

  /**
   * {@code pairs.matcher(text).replaceAll(replacement)} for {@link #PAIR} (with {@code hyphen}
   * '-') or {@link #MARKED_PAIR} ({@link #LINE_END}), the pattern tried only where a letter run
   * starts before a hyphen.
   */
  static String replacePairs(Pattern pairs, char hyphen, String text,
      Function<MatchResult, String> replacement) {
    var sparse = new SparseReplace(pairs, text);
    for (int k = text.indexOf(hyphen); k >= 0; k = text.indexOf(hyphen, k + 1)) {
      int a = SparseReplace.runStart(text, k, sparse.resumeAt(), Letters::letterOrMarkLike);
      sparse.replaceInRun(a, k, replacement);
    }
    return sparse.result();
  }

  /** The replacement for one pair found: joined, or with its hyphen. */
  private String decision(MatchResult m, boolean lineEnd) {
    String left = m.group(1);
    boolean spaced = !m.group(2).isEmpty();
    String right = m.group(3);
    if (!lineEnd && spaced && SPACED_CONJUNCTIONS.contains(lower(right))) {
      return m.group();
    }
    Verdict verdict = lineEnd ? lineEndVerdict(left, right) : verdict(left, right, spaced);
    if (verdict == Verdict.GUESSED_JOIN || verdict == Verdict.GUESSED_KEEP) {
      guesses.add(left + "-" + right + (verdict == Verdict.GUESSED_JOIN ? " → " + left + right : " (kept)"));
    }
    boolean join = verdict == Verdict.JOIN || verdict == Verdict.GUESSED_JOIN;
    return join ? left + right : left + "-" + right;
  }

  /**
   * The hyphenated pairs decided without support from the document's vocabulary, as
   * "Rakh-monov → Rakhmonov" or "ground-attack (kept)", for a reader's warnings.
   */
  public List<String> guesses() {
    return guesses.stream().distinct().toList();
  }

  /** Whether "left-right" is one word broken at a line end rather than a hyphenated compound. */
  boolean shouldJoin(String left, String right, boolean spaced) {
    Verdict v = verdict(left, right, spaced);
    return v == Verdict.JOIN || v == Verdict.GUESSED_JOIN;
  }

  /**
   * The decision for "left-right"; {@code spaced} when a space followed the hyphen ("сло- во"),
   * which marks a lost line end.
   */
  private Verdict verdict(String left, String right, boolean spaced) {
    return verdict(left, right, spaced, spaced ? 0 : 1);
  }

  /** The decision, with {@code self} the occurrences of the pair counted among the compounds. */
  private Verdict verdict(String left, String right, boolean spaced, int self) {
    int joinedSeen = words.getOrDefault(lower(left + right), 0);
    int compoundSeen = compounds.getOrDefault(lower(left + "-" + right), 0) - self;
    if (joinedSeen > 0) {
      return compoundSeen > joinedSeen ? Verdict.KEEP : Verdict.JOIN;
    }
    if (Character.isUpperCase(right.codePointAt(0)) || left.length() == 1
        || SUFFIXES.contains(lower(right))) {
      return Verdict.KEEP;
    }
    boolean joinedWord = lexicon.contains(left + right);
    boolean rightWord = lexicon.contains(right);
    boolean compoundLike = rightWord && (left.length() >= 4 || PREFIXES.contains(lower(left)));
    if (joinedWord && !compoundLike) {
      return Verdict.JOIN;
    }
    if (compoundSeen >= 1) {
      return Verdict.KEEP;
    }
    Verdict byDictionary = byDictionary(left, right, joinedWord, rightWord);
    if (byDictionary != null) {
      return byDictionary;
    }
    if (spaced) {
      return PREFIXES.contains(lower(left)) ? Verdict.KEEP : Verdict.JOIN;
    }
    if (known(left) || known(right)) {
      return Verdict.KEEP;
    }
    if (SUFFIX_FRAGMENTS.contains(lower(right)) || isCyrillic(left)
        || Character.isUpperCase(left.codePointAt(0))
        || Math.min(left.length(), right.length()) <= 3) {
      return Verdict.GUESSED_JOIN;
    }
    return Verdict.GUESSED_KEEP;
  }

  /**
   * The decision for a hyphen known to have ended a printed line: the document's own spelling
   * elsewhere first; then a compound the dictionary knows hyphenated, a prefix English hyphenates
   * ("socio-", "self-") or one that ends in the vowel its word starts with ("re-evaluate") stays;
   * then a word the dictionary knows is joined even after a prefix or a word ("pre-vents",
   * "over-coming"); then as for any pair.
   */
  private Verdict lineEndVerdict(String left, String right) {
    int joinedSeen = words.getOrDefault(lower(left + right), 0);
    int compoundSeen = compounds.getOrDefault(lower(left + "-" + right), 0);
    if (joinedSeen > 0 || compoundSeen > 0) {
      return compoundSeen > joinedSeen ? Verdict.KEEP : Verdict.JOIN;
    }
    if (Character.isUpperCase(right.codePointAt(0)) || left.length() == 1
        || SUFFIXES.contains(lower(right))) {
      return Verdict.KEEP;
    }
    if (lexicon.contains(left + "-" + right) || HYPHENATED_PREFIXES.contains(lower(left))
        || doubledVowel(left, right) && lexicon.contains(right)) {
      return Verdict.KEEP;
    }
    return lexicon.contains(left + right) ? Verdict.JOIN : verdict(left, right, false, 0);
  }

  /** Whether a prefix ends in the vowel its word starts with ("re-evaluate", "co-operation"). */
  private static boolean doubledVowel(String left, String right) {
    char a = Character.toLowerCase(left.charAt(left.length() - 1));
    return "aeiou".indexOf(a) >= 0 && Character.toLowerCase(right.charAt(0)) == a;
  }

  /**
   * The dictionary's decision, or null when it has none: join a word it knows (unless a prefix
   * meets a word, "co-operation"); keep a compound it knows, two words ("military-political"), or a
   * word after an unknown first part ("летне-осенний", "ИК-спектре").
   */
  private Verdict byDictionary(String left, String right, boolean joinedWord, boolean rightWord) {
    if (joinedWord) {
      return PREFIXES.contains(lower(left)) && rightWord ? null : Verdict.JOIN;
    }
    if (lexicon.contains(left + "-" + right) || (rightWord && lexicon.contains(left))
        || (rightWord && right.length() >= 4)) {
      return Verdict.KEEP;
    }
    return null;
  }

  /** A decision on one pair, and whether the text's vocabulary supported it. */
  private enum Verdict { JOIN, KEEP, GUESSED_JOIN, GUESSED_KEEP }

  private static boolean isCyrillic(String s) {
    return Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
  }

  private boolean known(String part) {
    String p = lower(part);
    return PREFIXES.contains(p) || (p.length() >= 3 && words.containsKey(p));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
