package org.polka.ingest.header;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Abstract;

/**
 * The labelled blocks of a header — abstracts, keywords — and the publication line (journal,
 * volume, issue, pages, DOI): found by their labels and patterns in the header's lines.
 */
final class Blocks {
  private static final int MAX_KEYWORD_LINES = 4;
  private static final Pattern VOLUME = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:vol\\.?|volume|том|т\\.|bd\\.|band|jahrgang|jg\\.)\\s*(\\d{1,4})\\b");
  private static final Pattern ISSUE = Pattern.compile(
      "(?iu)(?:(?<!\\p{L})(?:no\\.?|number|issue|nr\\.?|вып\\.?|выпуск|heft)|№)\\s*(\\d{1,4})\\b");
  private static final Pattern PAGES = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:pp?\\.|pages|с\\.|стр\\.|s\\.)\\s*(\\d{1,5})\\s*[-–—]\\s*(\\d{1,5})");
  private static final Pattern VOLUME_ISSUE = Pattern.compile(
      "(?u)\\b(\\d{1,4})\\s*\\((\\d{1,4})\\)\\s*[:,]\\s*(?:e?(\\d{1,6})(?:\\s*[-–—]\\s*(\\d{1,6}))?)");
  private static final int MAX_SKIPPED_LINES = 12;
  /** The label of a structured abstract's first part, followed by its text on the same line. */
  private static final Pattern STRUCTURED_OPENING = Pattern.compile("(?u)^(Aims?|Objectives?|"
      + "Purpose|Background|Context|Motivation|Rationale|Цель|Hintergrund|Ziel)(\\s*[:.—–]\\s*|\\s+)"
      + "\\p{Lu}.{20,}$");
  private static final Pattern GERMAN = Pattern.compile(
      "(?iu)\\b(der|die|das|und|ist|nicht|mit|wird|werden|eine|für|von|auf|sich|dem|den)\\b");
  private static final Pattern ENGLISH = Pattern.compile(
      "(?iu)\\b(the|and|of|is|are|with|this|that|for|we|in|to)\\b");

  private Blocks() {}

  /** An abstract's text with the index of the line after it. */
  record Found(String text, int end) {}

  /**
   * The abstract that starts at {@code start} (the label's line; {@code rest} is what follows the
   * label on it): lines up to the next label, a body heading, a furniture line or a change of type.
   */
  static Found abstractFrom(List<HeaderLine> lines, int start, String rest, int end) {
    List<String> parts = new ArrayList<>();
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    double size = 0;
    int i = start + 1;
    for (; i < end; i++) {
      HeaderLine line = lines.get(i);
      String t = line.text();
      if (Cues.afterAbstractLabel(t) != null || Cues.isStop(t) || endsAbstract(t)) {
        break;
      }
      if (size == 0) {
        size = line.fontSize();
      } else if (line.fontSize() > 0 && Math.abs(line.fontSize() - size) > 0.9 && parts.size() > 1) {
        break;
      }
      parts.add(t);
    }
    return new Found(join(parts), i);
  }

  /** A line that cannot belong to an abstract: a marked affiliation, an e-mail, a footnote mark. */
  private static boolean endsAbstract(String t) {
    return t.matches("^(\\d{1,2}|[*†‡§¶]|[a-h])\\s*\\p{Lu}.*") && Cues.hasInstitution(t)
        || t.matches("^(\\d{1,4}|\\d+\\s*/\\s*\\d+|(\\S\\s){5,}.*|.*\\bet al\\.?,?\\s*(pg\\.?|p\\.)?\\s*\\d*"
            + "|.*\\|\\s*(https?://)?(dx\\.)?doi\\.org.*|a1111111111.*)$")
        || Cues.EMAIL.matcher(t).find() && t.length() < 100
        || t.matches("(?iu)^\\W*(keywords?|key words|ключевые слова|schlüsselwörter)\\b.*");
  }

  /**
   * An abstract printed without a label: the first run of three or more long prose lines in one
   * type, the first with a function word, between
   * {@code from} and {@code end} that is neither affiliation nor furniture, with the lines that
   * finish its last sentence. Lines in another type inside it (an equation or a float placed
   * there) are left out. With typography the run must be set apart from the body, by its type or
   * by a body heading right after it; prose in body type with no heading is the body itself.
   */
  static Found unlabelledAbstract(List<HeaderLine> lines, int from, int end) {
    int runStart = -1;
    for (int i = from; i <= end; i++) {
      boolean prose = i < end && isProse(lines.get(i).text());
      boolean sameType = prose && runStart >= 0
          && Math.abs(lines.get(i).fontSize() - lines.get(runStart).fontSize()) <= 0.6;
      if (runStart >= 0 && !sameType) {
        List<HeaderLine> run = lines.subList(runStart, i);
        if (i - runStart >= 3 && functionWords(run) >= run.size()) {
          return finished(lines, runStart, i, end);
        }
        runStart = -1;
      }
      if (prose && runStart < 0 && functionWords(lines.subList(i, i + 1)) > 0) {
        runStart = i;
      }
    }
    return null;
  }

  private static Found finished(List<HeaderLine> lines, int start, int runEnd, int end) {
    HeaderLine first = lines.get(start);
    List<String> parts = new ArrayList<>(lines.subList(start, runEnd).stream()
        .map(HeaderLine::text).toList());
    int next = runEnd;
    int skipped = 0;
    for (int i = runEnd; i < end && skipped <= MAX_SKIPPED_LINES; i++) {
      HeaderLine l = lines.get(i);
      if (first.fontSize() > 0 && Math.abs(l.fontSize() - first.fontSize()) > 0.6) {
        skipped++;
        continue;
      }
      String t = l.text();
      boolean open = !parts.getLast().matches(".*[.!?]$") || Character.isLowerCase(t.codePointAt(0));
      if (!open || Cues.isStop(t) || Cues.isFurniture(t) || Cues.hasInstitution(t)
          || Cues.EMAIL.matcher(t).find() || Cues.afterAbstractLabel(t) != null) {
        break;
      }
      parts.add(t);
      next = i + 1;
      skipped = 0;
    }
    if (first.fontSize() > 0 && !setApart(lines, first, next, end)) {
      return null;
    }
    return new Found(join(parts), next);
  }

  /** Whether a run in {@code first}'s type stands apart from the body: other type, or a heading after. */
  private static boolean setApart(List<HeaderLine> lines, HeaderLine first, int after, int end) {
    Map<Long, Integer> weight = new HashMap<>();
    lines.forEach(l -> weight.merge(Math.round(l.fontSize() * 2), l.text().length(), Integer::sum));
    double body = weight.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> e.getKey() / 2.0).orElse(0.0);
    if (Math.abs(first.fontSize() - body) > 0.6) {
      return true;
    }
    for (int i = after; i < Math.min(lines.size(), after + 3); i++) {
      if (i >= end || Cues.isBodyStart(lines.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  private static long functionWords(List<HeaderLine> run) {
    return run.stream().flatMap(l -> Arrays.stream(l.text().split("\\s+")))
        .filter(Cues::isFunctionWord).count();
  }

  private static boolean isProse(String t) {
    long lower = t.codePoints().filter(Character::isLowerCase).count();
    return t.length() >= 45 && lower > t.length() / 2 && !Cues.isStop(t) && !Cues.isFurniture(t)
        && !(Cues.hasInstitution(t) && t.length() < 120) && !Names.isAuthorLine(t);
  }

  /**
   * A structured abstract printed without an "Abstract" label: from a line opening with its first
   * part's label ("Aim To test …", "Background: …", "Objectives. …") up to the next label, stop
   * or change of type.
   */
  static Found structuredAbstract(List<HeaderLine> lines, int from, int end) {
    for (int i = from; i < end; i++) {
      String t = lines.get(i).text();
      if (STRUCTURED_OPENING.matcher(t).matches() && !Cues.isStop(t)) {
        Found f = abstractFrom(lines, i, t, end);
        return f.text().length() >= 100 ? f : null;
      }
    }
    return null;
  }

  /** The keywords after a label: the rest of the label's line and the list's continuation lines. */
  static List<String> keywordsFrom(List<HeaderLine> lines, int start, String rest, int end) {
    StringBuilder text = new StringBuilder(rest);
    for (int i = start + 1; i < end && i <= start + MAX_KEYWORD_LINES; i++) {
      String t = lines.get(i).text();
      String sofar = text.toString().strip();
      boolean continues = sofar.isEmpty() || sofar.endsWith(",") || sofar.endsWith(";")
          || sofar.endsWith("-") || Character.isLowerCase(t.codePointAt(0));
      if (!continues || Cues.isStop(t) || Cues.afterAbstractLabel(t) != null) {
        break;
      }
      text.append(sofar.endsWith("-") ? "" : " ").append(t);
    }
    List<String> out = new ArrayList<>();
    for (String k : text.toString().split("\\s*[;,·•]\\s*")) {
      String kw = k.replaceAll("[.\\s]+$", "").strip();
      if (kw.codePoints().anyMatch(Character::isLetter)) {
        out.add(kw);
      }
    }
    return out;
  }

  /** An abstract with its language guessed from its words. */
  static Abstract withLanguage(String text) {
    return new Abstract(language(text), text);
  }

  /** "ru" for Cyrillic text, "de" when German function words outnumber English ones, else "en". */
  static String language(String text) {
    long cyrillic = text.codePoints()
        .filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC).count();
    long letters = text.codePoints().filter(Character::isLetter).count();
    if (letters == 0) {
      return null;
    }
    if (cyrillic * 2 >= letters) {
      return "ru";
    }
    long de = GERMAN.matcher(text).results().count() + (text.matches("(?s).*[äöüß].*") ? 2 : 0);
    long en = ENGLISH.matcher(text).results().count();
    return de > en ? "de" : "en";
  }

  /** Lines joined with spaces; a word broken by a hyphen at a line end is joined again. */
  static String join(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      String s = p.strip();
      if (s.isEmpty()) {
        continue;
      }
      int len = out.length();
      boolean broken = len > 1 && out.charAt(len - 1) == '-' && Character.isLetter(out.charAt(len - 2))
          && Character.isLowerCase(s.codePointAt(0));
      if (broken) {
        out.setLength(len - 1);
      } else if (len > 0) {
        out.append(' ');
      }
      out.append(s);
    }
    return out.toString().strip();
  }

  /** The DOI printed in the lines, trailing punctuation removed, or null. */
  static String doi(List<HeaderLine> lines) {
    for (HeaderLine l : lines) {
      Matcher m = Cues.DOI.matcher(l.text());
      if (m.find()) {
        return m.group(1).replaceAll("[.,;:)\\]]+$", "");
      }
    }
    return null;
  }

  /** Journal, volume, issue and pages from the first line that prints a volume or "12(3): 45". */
  static String[] publication(List<HeaderLine> lines) {
    for (HeaderLine l : lines) {
      String t = l.text();
      Matcher v = VOLUME.matcher(t);
      Matcher vi = VOLUME_ISSUE.matcher(t);
      if (v.find()) {
        Matcher i = ISSUE.matcher(t);
        Matcher p = PAGES.matcher(t);
        return new String[] {journalBefore(t, v.start()), v.group(1), i.find() ? i.group(1) : null,
            p.find() ? p.group(1) + "-" + p.group(2) : null};
      }
      if (vi.find() && t.toLowerCase(Locale.ROOT).matches(".*\\b(19|20)\\d\\d\\b.*")) {
        String pages = vi.group(4) == null ? vi.group(3) : vi.group(3) + "-" + vi.group(4);
        return new String[] {journalBefore(t, vi.start()), vi.group(1), vi.group(2), pages};
      }
    }
    return new String[4];
  }

  private static String journalBefore(String line, int at) {
    String before = line.substring(0, at).replaceAll("(?iu)^(citation|cite as|source)\\s*:", "")
        .replaceAll("\\b(19|20)\\d\\d\\b", "").replaceAll("[\\s.,;:|()\\-–—]+$", "")
        .replaceAll("^[\\s.,;:|]+", "").strip();
    int lastDot = before.lastIndexOf(". ");
    if (lastDot > 0 && before.length() - lastDot > 4) {
      before = before.substring(lastDot + 2).strip();
    }
    return before.codePoints().filter(Character::isLetter).count() >= 3 ? before : null;
  }
}
