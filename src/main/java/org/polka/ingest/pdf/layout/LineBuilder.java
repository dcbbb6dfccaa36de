package org.polka.ingest.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polka.ingest.repair.LetterSpacing;

/**
 * The grouping of one page's glyphs, in content-stream order, into printed lines.
 *
 * <p>Glyphs join a run while they stay on one baseline and move rightwards without a gap wider
 * than an em (a column gutter or a table cell ends a run). Runs on one baseline that touch are then
 * merged, and raised small runs (footnote markers written out of order) join the line they sit on.
 * Spaces come from the gaps between glyphs; letter-spaced lines are collapsed into words.
 */
final class LineBuilder {
  private static final float SPLIT_GAP_EM = 1.0f;
  private static final float SPACE_EM = 0.17f;
  private static final float SUPERSCRIPT_RISE_EM = 0.18f;
  private static final float SUPERSCRIPT_SIZE = 0.88f;
  private static final int MARKER_GLYPHS = 4;

  private LineBuilder() {}

  /** The page's lines, in no particular order. */
  static List<Line> build(List<Glyph> glyphs, int page) {
    List<List<Glyph>> runs = runs(glyphs);
    runs.sort(Comparator.comparingDouble((List<Glyph> r) -> mainBaseline(r))
        .thenComparingDouble(r -> r.getFirst().x0()));
    List<List<Glyph>> merged = merge(runs);
    List<Line> lines = new ArrayList<>(merged.size());
    for (List<Glyph> run : merged) {
      Line line = line(run, page);
      if (line != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static List<List<Glyph>> runs(List<Glyph> glyphs) {
    List<List<Glyph>> runs = new ArrayList<>();
    List<Glyph> current = null;
    float baseline = 0;
    float size = 0;
    float end = 0;
    for (Glyph g : glyphs) {
      boolean joins = current != null
          && Math.abs(g.baseline() - baseline) <= 0.6f * Math.max(size, g.size())
          && g.x0() >= end - 0.5f * size
          && g.x0() - end <= SPLIT_GAP_EM * Math.max(size, g.size());
      boolean sameLevel = joins && Math.abs(g.baseline() - baseline) <= 0.25f * size;
      if (joins && !sameLevel && !raisedOrLowered(g, baseline, size)) {
        joins = false;
      }
      if (!joins) {
        if (g.blank()) {
          continue;
        }
        current = new ArrayList<>();
        runs.add(current);
        baseline = g.baseline();
        size = g.size();
      } else if (g.size() > size && !g.blank()) {
        size = g.size();
        baseline = g.baseline();
      }
      current.add(g);
      end = Math.max(end, g.x1());
      if (current.size() == 1) {
        end = g.x1();
      }
    }
    return runs;
  }

  private static boolean raisedOrLowered(Glyph g, float baseline, float size) {
    return g.size() <= SUPERSCRIPT_SIZE * size || size <= SUPERSCRIPT_SIZE * g.size();
  }

  /** Runs on one baseline that touch, and small raised runs beside a line, become one line. */
  private static List<List<Glyph>> merge(List<List<Glyph>> runs) {
    List<List<Glyph>> lines = new ArrayList<>();
    for (List<Glyph> run : runs) {
      List<Glyph> host = null;
      for (int i = lines.size() - 1; i >= 0 && host == null; i--) {
        List<Glyph> line = lines.get(i);
        if (mainBaseline(run) - mainBaseline(line) > 1.2f * mainSize(line)) {
          break;
        }
        if (fits(line, run)) {
          host = line;
        }
      }
      if (host == null) {
        lines.add(new ArrayList<>(run));
      } else {
        host.addAll(run);
        host.sort(Comparator.comparingDouble(Glyph::x0));
      }
    }
    return lines;
  }

  private static boolean fits(List<Glyph> a, List<Glyph> b) {
    boolean aHosts = mainSize(a) >= mainSize(b);
    return fitsInto(aHosts ? a : b, aHosts ? b : a);
  }

  private static boolean fitsInto(List<Glyph> line, List<Glyph> run) {
    float size = mainSize(line);
    float runSize = mainSize(run);
    float dy = mainBaseline(run) - mainBaseline(line);
    boolean small = runSize <= SUPERSCRIPT_SIZE * size;
    boolean level = Math.abs(dy) <= 0.25f * size && Math.abs(runSize - size) <= 0.3f * size;
    boolean markerText = run.size() <= 3
        && run.stream().allMatch(g -> g.text().codePoints().allMatch(c -> Character.isDigit(c) || "*†‡§¶".indexOf(c) >= 0));
    boolean marker = (small && shortRun(run) || markerText) && dy <= 0.3f * size && dy >= -0.7f * size;
    if (!level && !marker) {
      return false;
    }
    float lx0 = (float) line.stream().mapToDouble(Glyph::x0).min().orElse(0);
    float lx1 = (float) line.stream().mapToDouble(Glyph::x1).max().orElse(0);
    float rx0 = run.getFirst().x0();
    float rx1 = (float) run.stream().mapToDouble(Glyph::x1).max().orElse(0);
    float gap = rx0 >= lx1 ? rx0 - lx1 : lx0 - rx1;
    boolean before = rx1 <= lx0 + 0.3f * size;
    float allowed = marker ? (before ? 4f : 0.5f) : 1f;
    return gap <= SPLIT_GAP_EM * size * allowed && gap >= -0.3f * size;
  }

  /**
   * Whether a run is short enough to be a raised marker or a superscript ("12", "a", "th"); a run
   * of small print beside a line (a footnote line level with the other column's body) is not.
   */
  private static boolean shortRun(List<Glyph> run) {
    return run.stream().filter(g -> !g.blank()).count() <= MARKER_GLYPHS;
  }

  private static float mainBaseline(List<Glyph> run) {
    return dominant(run).baseline();
  }

  private static float mainSize(List<Glyph> run) {
    return dominant(run).size();
  }

  private static Glyph dominant(List<Glyph> run) {
    Glyph best = run.getFirst();
    for (Glyph g : run) {
      if (g.size() > best.size() + 0.01f && !g.blank()) {
        best = g;
      }
    }
    return best;
  }

  private static Line line(List<Glyph> run, int page) {
    Map<Float, Integer> sizes = new HashMap<>();
    int bold = 0;
    int italic = 0;
    int chars = 0;
    for (Glyph g : run) {
      if (!g.blank()) {
        sizes.merge(Math.round(g.size() * 2) / 2f, g.text().length(), Integer::sum);
        bold += g.bold() ? 1 : 0;
        italic += g.italic() ? 1 : 0;
        chars++;
      }
    }
    if (chars == 0) {
      return null;
    }
    float size = sizes.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    float baseline = run.stream().filter(g -> !g.blank() && Math.abs(g.size() - size) <= 0.5f)
        .findFirst().orElse(run.getFirst()).baseline();
    Text text = text(run, size, baseline);
    if (text.text.isBlank()) {
      return null;
    }
    float x0 = (float) run.stream().filter(g -> !g.blank()).mapToDouble(Glyph::x0).min().orElse(0);
    float x1 = (float) run.stream().filter(g -> !g.blank()).mapToDouble(Glyph::x1).max().orElse(0);
    return new Line(text.text, page, x0, x1, baseline - size, baseline, size, bold * 2 > chars,
        italic * 2 > chars, text.marker, text.letterSpaced);
  }

  private record Text(String text, String marker, boolean letterSpaced) {}

  /** The line's text, with spaces from gaps, a leading raised marker noted, letter spacing undone. */
  private static Text text(List<Glyph> run, float size, float baseline) {
    StringBuilder plain = new StringBuilder();
    StringBuilder wide = new StringBuilder();
    StringBuilder marker = new StringBuilder();
    boolean leading = true;
    float end = Float.NaN;
    int tokens = 0;
    int singles = 0;
    int tokenLength = 0;
    for (Glyph g : run) {
      if (g.blank()) {
        continue;
      }
      boolean raised = baseline - g.baseline() > SUPERSCRIPT_RISE_EM * size
          && g.size() <= SUPERSCRIPT_SIZE * size;
      if (leading && raised) {
        marker.append(g.text());
      } else if (leading && marker.length() > 0) {
        leading = false;
        plain.append(' ');
        wide.append(' ');
      } else {
        leading = false;
      }
      float gap = Float.isNaN(end) ? 0 : g.x0() - end;
      if (!Float.isNaN(end) && gap > SPACE_EM * size && !raised && plain.length() > 0
          && plain.charAt(plain.length() - 1) != ' ') {
        plain.append(' ');
        wide.append(gap > 0.55f * size ? "  " : " ");
        tokens++;
        singles += tokenLength == 1 ? 1 : 0;
        tokenLength = 0;
      }
      plain.append(g.text());
      wide.append(g.text());
      tokenLength += g.text().length();
      end = Float.isNaN(end) ? g.x1() : Math.max(end, g.x1());
    }
    tokens++;
    singles += tokenLength == 1 ? 1 : 0;
    String text = plain.toString().strip().replaceAll("\\s+", " ");
    boolean spaced = false;
    if (tokens >= 4 && singles * 10 >= tokens * 8) {
      String collapsed = LetterSpacing.collapse(wide.toString().strip());
      if (!collapsed.equals(wide.toString().strip())) {
        text = collapsed;
        spaced = true;
      }
    }
    return new Text(text, marker.isEmpty() ? null : marker.toString(), spaced);
  }
}
