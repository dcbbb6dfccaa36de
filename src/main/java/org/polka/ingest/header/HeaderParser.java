package org.polka.ingest.header;

import java.util.ArrayList;
import java.util.List;
import org.polka.article.Abstract;

/**
 * A parser of document headers: from the opening lines of an article (typographic lines from a
 * PDF, or plain text lines) to its title, authors with affiliations and e-mails, abstracts,
 * keywords and publication details.
 *
 * <p>The parser reads English, Russian and German headers. With typography the title is the
 * largest type near the top; without it, the first line that is not publishing furniture. Authors
 * are the lines next to the title that read as lists of names; labelled blocks (abstract,
 * keywords) are found by their labels. Anything it cannot find is left empty with a warning.
 */
public final class HeaderParser {
  private static final int AUTHOR_SEARCH = 6;
  private static final int MAX_AUTHOR_LINES = 40;

  /** Parses the header in the lines (the first page or two of a document, in reading order). */
  public Header parse(List<HeaderLine> input) {
    List<HeaderLine> lines = new ArrayList<>();
    for (HeaderLine l : input) {
      String t = l.text() == null ? "" : l.text().replaceAll("\\s+", " ").strip();
      if (t.isEmpty()) {
        continue;
      }
      String[] pieces = Cues.MID_LINE_LABEL.split(t);
      for (int k = 0; k < pieces.length - 1; k++) {
        lines.add(new HeaderLine(pieces[k], l.fontSize(), l.bold(), l.italic(), l.page(),
            l.gapBefore()));
      }
      t = pieces[pieces.length - 1];
      var atEnd = Cues.ABSTRACT_AT_END.matcher(t);
      if (atEnd.matches() && !t.matches("(?iu)^\\W{0,2}(abstract|summary)\\b.*")) {
        lines.add(new HeaderLine(atEnd.group(1), l.fontSize(), l.bold(), l.italic(), l.page(),
            l.gapBefore()));
        t = atEnd.group(2);
      }
      lines.add(new HeaderLine(t, l.fontSize(), l.bold(), l.italic(), l.page(), l.gapBefore()));
    }
    return new Reading(lines).header();
  }

  /** The state of one parse: the lines and which of them each field has taken. */
  private static final class Reading {
    private final List<HeaderLine> lines;
    private final String[] role;
    private final int end;
    private final List<String> warnings = new ArrayList<>();

    Reading(List<HeaderLine> lines) {
      this.lines = lines;
      this.role = new String[lines.size()];
      int e = lines.size();
      for (int i = 0; i < lines.size(); i++) {
        if (Cues.isBodyStart(lines.get(i).text())) {
          e = i;
          break;
        }
      }
      this.end = e;
    }

    Header header() {
      List<Abstract> abstracts = new ArrayList<>();
      List<String> keywords = new ArrayList<>();
      int firstLabel = labels(abstracts, keywords);
      int[] title = new TitleFinder(lines, role).find(Math.min(firstLabel, end));
      String titleText = null;
      if (title != null) {
        titleText = Blocks.join(texts(title[0], title[1])).replaceFirst("(?iu)^title\\s*:\\s*", "");
        mark(title[0], title[1], "title");
      } else {
        warnings.add("no title found in the header");
      }
      int[] authorLines = authors(title, firstLabel);
      List<Names.Printed> printed = new ArrayList<>();
      List<Integer> authorLineOf = new ArrayList<>();
      for (int[] g : authorGroups(authorLines)) {
        for (Names.Printed p : Names.split(Blocks.join(texts(g[0], g[1])))) {
          printed.add(p);
          authorLineOf.add(g[0]);
        }
      }
      if (printed.isEmpty()) {
        warnings.add("no authors found in the header");
      }
      if (abstracts.isEmpty()) {
        int from = authorLines.length > 0 ? authorLines[authorLines.length - 1] + 1
            : title != null ? title[1] : 0;
        int to = Math.min(end, firstLabel);
        Blocks.Found f = Blocks.structuredAbstract(lines, from, to);
        f = f != null ? f : Blocks.unlabelledAbstract(lines, from, to);
        if (f != null) {
          abstracts.add(Blocks.withLanguage(f.text()));
          markText(f.text(), "abstract");
        }
      }
      List<String> emails = emails();
      Affiliations affiliations = Affiliations.read(lines, role, Math.min(end, firstLabelAfter(
          authorLines.length > 0 ? authorLines[authorLines.length - 1] : 0)));
      List<HeaderAuthor> authors = affiliations.link(printed, authorLineOf, emails, warnings);
      String[] pub = Blocks.publication(lines);
      return new Header(titleText, authors, affiliations.list(), emails, abstracts, keywords,
          Blocks.doi(lines), pub[0], pub[1], pub[2], pub[3], warnings);
    }

    /** Finds the abstracts and keyword lists by their labels; returns the first label's index. */
    private int labels(List<Abstract> abstracts, List<String> keywords) {
      int first = end;
      for (int i = 0; i < end; i++) {
        String t = lines.get(i).text();
        String rest = Cues.afterAbstractLabel(t);
        if (rest != null) {
          Blocks.Found f = Blocks.abstractFrom(lines, i, rest, end);
          if (f.text().length() >= 40) {
            abstracts.add(Blocks.withLanguage(f.text()));
            mark(i, f.end(), "abstract");
            first = Math.min(first, i);
            i = f.end() - 1;
          }
          continue;
        }
        String kw = Cues.afterKeywordLabel(t);
        if (kw != null && keywords.isEmpty()) {
          keywords.addAll(Blocks.keywordsFrom(lines, i, kw, end));
          role[i] = "keywords";
          first = Math.min(first, i);
        }
      }
      return first;
    }

    private int firstLabelAfter(int from) {
      for (int i = from + 1; i < end; i++) {
        if (role[i] != null && !role[i].equals("title")) {
          return i;
        }
      }
      return end;
    }

    /** The indexes of the author lines: next to the title, after it or else before it. */
    private int[] authors(int[] title, int firstLabel) {
      int limit = Math.min(end, firstLabel);
      List<Integer> found = new ArrayList<>();
      int from = title == null ? 0 : title[1];
      for (int i = from; i < limit && i < from + AUTHOR_SEARCH && found.isEmpty(); i++) {
        if (role[i] == null && Names.isAuthorLine(lines.get(i).text())) {
          collectAuthorLines(i, limit, found);
        }
      }
      if (found.isEmpty() && title != null) {
        for (int i = title[0] - 1; i >= 0 && i >= title[0] - AUTHOR_SEARCH; i--) {
          if (role[i] == null && Names.isAuthorLine(lines.get(i).text())) {
            int start = i;
            while (start > 0 && role[start - 1] == null
                && Names.isAuthorLine(lines.get(start - 1).text())) {
              start--;
            }
            collectAuthorLines(start, title[0], found);
            break;
          }
        }
      }
      if (!found.isEmpty()) {
        interleaved(found, limit);
      }
      found.forEach(i -> role[i] = "authors");
      return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Authors printed one block each, name over affiliation: later lines set like the first
     * author line (same size and weight) that read as a name, up to the first label.
     */
    private void interleaved(List<Integer> found, int limit) {
      HeaderLine first = lines.get(found.getFirst());
      if (first.fontSize() <= 0) {
        return;
      }
      for (int i = found.getLast() + 1; i < limit; i++) {
        HeaderLine l = lines.get(i);
        if (l.text().length() > 80 && !Cues.hasInstitution(l.text())) {
          return;
        }
        boolean same = Math.abs(l.fontSize() - first.fontSize()) < 1.2 && l.bold() == first.bold()
            && l.italic() == first.italic();
        if (role[i] == null && same && Names.isAuthorLine(l.text()) && !Cues.hasAddress(l.text())) {
          found.add(i);
        }
      }
    }

    private void collectAuthorLines(int start, int limit, List<Integer> found) {
      int i = start;
      while (i < limit && found.size() < MAX_AUTHOR_LINES && role[i] == null) {
        String t = lines.get(i).text();
        boolean markersOnly = t.matches("^[\\d,*†‡§¶#∗⁎¤a-h\\s]+$") && !found.isEmpty();
        String prev = found.isEmpty() ? "" : lines.get(i - 1).text();
        boolean carried = !found.isEmpty() && (openAuthorLine(prev) || lastNameCut(prev))
            && !Cues.isStop(t) && !Cues.hasInstitution(t) && (Names.nameShare(t) >= 0.5
            || t.matches("^\\p{Lu}[\\p{L}'’\\-]*\\s*([\\d,*†‡§¶#]\\s*)*(,.*)?$"));
        if (!Names.isAuthorLine(t) && !markersOnly && !carried) {
          break;
        }
        found.add(i);
        i++;
      }
    }

    /** An author line whose last name goes on to the next line. */
    private static boolean openAuthorLine(String t) {
      return t.endsWith("-") || t.endsWith(",") || t.endsWith(" and") || t.endsWith(" &")
          || t.matches(".*\\s\\p{Lu}\\.$");
    }

    /** Whether the line's last name is a single word, its other half on the next line. */
    private static boolean lastNameCut(String line) {
      List<Names.Printed> names = Names.split(line);
      String last = names.isEmpty() ? "" : names.getLast().name();
      boolean particle = Names.isParticle(last.substring(last.lastIndexOf(' ') + 1));
      return names.size() > 1 && (!last.contains(" ") || particle)
          && !line.matches(".*(\\d|[*†‡§¶#])\\s*,?$");
    }

    /** The author lines as groups split together: a name broken across lines stays whole. */
    private List<int[]> authorGroups(int[] authorLines) {
      List<int[]> groups = new ArrayList<>();
      for (int k = 0; k < authorLines.length; k++) {
        int i = authorLines[k];
        String prev = k == 0 ? null : lines.get(authorLines[k - 1]).text();
        boolean joins = prev != null && authorLines[k - 1] == i - 1 && (prev.endsWith("-")
            || prev.matches(".*\\s\\p{Lu}\\.$") || lastNameCut(prev)
            || lines.get(i).text().matches("^[\\d,*†‡§¶#∗⁎¤a-h\\s]+(,.*)?$"));
        if (joins) {
          groups.getLast()[1] = i + 1;
        } else {
          groups.add(new int[] {i, i + 1});
        }
      }
      return groups;
    }

    private List<String> emails() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        var m = Cues.EMAIL.matcher(lines.get(i).text());
        while (m.find()) {
          String e = m.group().replaceAll("[.]+$", "");
          if (!out.contains(e)) {
            out.add(e);
          }
        }
      }
      return out;
    }

    private List<String> texts(int from, int to) {
      return lines.subList(from, to).stream().map(HeaderLine::text).toList();
    }

    private void mark(int from, int to, String what) {
      for (int i = from; i < to; i++) {
        role[i] = what;
      }
    }

    private void markText(String text, String what) {
      for (int i = 0; i < lines.size(); i++) {
        if (role[i] == null && text.contains(lines.get(i).text())) {
          role[i] = what;
        }
      }
    }
  }
}
