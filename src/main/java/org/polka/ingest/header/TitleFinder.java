package org.polka.ingest.header;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The finder of a header's title: with typography, the largest type near the top that reads as a
 * title; without it, a labelled title, the lines just above the author lines, or the first line
 * that is not publishing furniture, labels, names or an affiliation. In a typeset head whose title
 * is set in body type, the plain title is taken when it is bold or stands right above the authors.
 *
 * <p>It reads the lines and the roles other fields have already taken; it changes neither.
 */
final class TitleFinder {
  private static final int MAX_TITLE_LINES = 5;
  private static final int AUTHOR_SEARCH = 6;
  private static final double TITLE_LARGER = 1.1;
  private static final int MAX_TITLE_LENGTH = 400;
  /** Letters among a title's printed characters at least: an OCR'd formula is not a title. */
  private static final double MIN_LETTER_SHARE = 0.6;

  private final List<HeaderLine> lines;
  private final String[] role;

  TitleFinder(List<HeaderLine> lines, String[] role) {
    this.lines = lines;
    this.role = role;
  }

  /** The title's line range [from, to) among the lines before {@code limit}, or null. */
  int[] find(int limit) {
    int[] typographic = typographicTitle(limit);
    if (typographic != null) {
      return typographic;
    }
    int[] plain = plainTitle(limit);
    if (plain == null) {
      return null;
    }
    boolean typeset = lines.stream().anyMatch(l -> l.fontSize() > 0);
    boolean aboveAuthors = plain[1] < limit && Names.isAuthorLine(lines.get(plain[1]).text());
    return typeset && !lines.get(plain[0]).bold() && !aboveAuthors ? null : plain;
  }

  private int[] typographicTitle(int limit) {
    Map<Long, Integer> weight = new HashMap<>();
    for (HeaderLine l : lines) {
      if (l.fontSize() > 0) {
        weight.merge(Math.round(l.fontSize() * 2), l.text().length(), Integer::sum);
      }
    }
    if (weight.isEmpty()) {
      return null;
    }
    double body = weight.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> e.getKey() / 2.0).orElse(0.0);
    int firstPage = lines.getFirst().page();
    int[] best = null;
    double bestSize = 0;
    for (int i = 0; i < limit && lines.get(i).page() == firstPage; ) {
      HeaderLine start = lines.get(i);
      int j = i + 1;
      while (j < limit && j - i < MAX_TITLE_LINES && sameType(start, lines.get(j))) {
        j++;
      }
      double size = start.fontSize() * (start.bold() ? 1.05 : 1);
      if (size > bestSize && size >= body * TITLE_LARGER && titleLike(i, j)) {
        best = new int[] {i, j};
        bestSize = size;
      }
      i = j;
    }
    return best;
  }

  private boolean sameType(HeaderLine a, HeaderLine b) {
    return Math.abs(a.fontSize() - b.fontSize()) <= 0.6 && a.bold() == b.bold()
        && a.page() == b.page() && (b.gapBefore() <= 0 || b.gapBefore() < a.fontSize() * 1.2);
  }

  private boolean titleLike(int from, int to) {
    String text = Blocks.join(texts(from, to));
    long letters = text.codePoints().filter(Character::isLetter).count();
    long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    return letters >= 8 && letters >= visible * MIN_LETTER_SHARE
        && text.length() <= MAX_TITLE_LENGTH && text.contains(" ")
        && !Cues.isFurniture(text) && !Cues.isFurniture(lines.get(from).text())
        && !Names.isAuthorLine(text) && Cues.afterAbstractLabel(text) == null
        && !Cues.isStop(text) && !Cues.EMAIL.matcher(text).find();
  }

  private int[] plainTitle(int limit) {
    for (int i = 0; i < Math.min(limit, AUTHOR_SEARCH * 4); i++) {
      if (Cues.TITLE_LABEL.matcher(lines.get(i).text()).matches()) {
        return new int[] {i, extend(i, limit)};
      }
    }
    for (int i = 0; i < limit; i++) {
      if (!plainCandidate(i) || lines.get(i).text().matches("^\\S+(\\s\\S+){0,2}:$")
          || lines.get(i).text().codePoints().filter(Character::isLetter).count() < 8) {
        continue;
      }
      for (int a = i + 1; a < limit && a <= i + AUTHOR_SEARCH + 2; a++) {
        if (Names.isAuthorLine(lines.get(a).text())) {
          int k = a - 1;
          while (k > i && a - k < MAX_TITLE_LINES && inTitle(k - 1) && !kicker(k - 1, k)) {
            k--;
          }
          while (k < a - 1 && !plainCandidate(k)) {
            k++;
          }
          return plainCandidate(a - 1) ? new int[] {k, a} : new int[] {i, extend(i, limit)};
        }
      }
      return new int[] {i, extend(i, limit)};
    }
    return null;
  }

  /** A line that may sit inside a title block: not furniture, label, affiliation or names. */
  private boolean inTitle(int i) {
    String t = lines.get(i).text();
    return role[i] == null && !Cues.isFurniture(t) && !Names.isAuthorLine(t) && !Cues.isStop(t)
        && !Cues.hasInstitution(t) && !Cues.EMAIL.matcher(t).find();
  }

  private boolean plainCandidate(int i) {
    String t = lines.get(i).text();
    return role[i] == null && !Cues.isFurniture(t) && !Names.isAuthorLine(t) && !Cues.isStop(t)
        && !Cues.hasInstitution(t) && !Cues.EMAIL.matcher(t).find() && t.contains(" ")
        && t.codePoints().filter(Character::isLetter).count() >= 3;
  }

  /** A short heading above a title ("Sequence Analysis", "ORIGINAL PAPER"), not part of it. */
  private boolean kicker(int i, int below) {
    String t = lines.get(i).text();
    String next = lines.get(below).text();
    boolean caps = t.equals(t.toUpperCase(Locale.ROOT));
    return t.split("\\s+").length <= 3 && lines.get(i).text().length() < 25 || t.endsWith(".")
        || caps && !next.equals(next.toUpperCase(Locale.ROOT));
  }

  /** The end of a title that starts at {@code i}: lines that plainly continue it. */
  private int extend(int i, int limit) {
    int j = i + 1;
    while (j < limit && j - i < MAX_TITLE_LINES && continuesTitle(lines.get(j - 1).text(),
        lines.get(j).text())) {
      j++;
    }
    return j;
  }

  private boolean continuesTitle(String previous, String next) {
    boolean caps = previous.equals(previous.toUpperCase(Locale.ROOT))
        && next.equals(next.toUpperCase(Locale.ROOT));
    if (Names.isAuthorLine(next) || Cues.isFurniture(next) || Cues.isStop(next)
        || Cues.hasInstitution(next) && !caps || Cues.EMAIL.matcher(next).find()
        || next.matches("^(\\d{1,2}|[*†‡§¶])\\s*\\p{Lu}.*")) {
      return false;
    }
    boolean open = previous.endsWith("-") || previous.endsWith(":") || previous.endsWith(",")
        || Cues.isFunctionWord(previous.substring(previous.lastIndexOf(' ') + 1))
        || previous.matches("(?u).*\\s(and|or|&|und|oder|и|или)$");
    return open || caps || Character.isLowerCase(next.codePointAt(0));
  }

  private List<String> texts(int from, int to) {
    return lines.subList(from, to).stream().map(HeaderLine::text).toList();
  }
}
