package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs of the tagger's stretches that the printed cues around them decide, as German notes and
 * lists print them: the title of the volume after its editors ("in: Thomas Haipeter (Hrsg.):
 * Gewerkschaftliche Modernisierung, Wiesbaden 2011"), a journal right after "in:" that the tagger
 * took for editors though no "(Hrsg.)" follows ("in: Schmollers Jahrbuch, 120 (2000)"), and a
 * container's subtitle that the tagger took for a second title ("in: Ansgar Weymann (Hrsg.),
 * Handlungsspielräume. Untersuchungen zur …").
 */
final class SegmentRepairs {
  private static final Pattern EDITORS_MARK = Pattern.compile(
      "(?iu).*[(\\[]\\s*(?:eds?|hgg?|hrsg)\\.?\\s*[)\\]]\\s*[:,]\\s*$", Pattern.DOTALL);
  private static final Pattern IN = Pattern.compile("(?iu).*\\bin\\s*:\\s*$", Pattern.DOTALL);
  private static final Pattern NO_EDITORS_AFTER = Pattern.compile("(?iu)^\\s*[,;]\\s*$");
  private static final Pattern SUBTITLE_MARK = Pattern.compile("\\s*[.:]\\s*");
  private static final Set<String> CONTAINERS = Set.of("journal", "booktitle");
  private static final Set<String> NOT_A_VOLUME_TITLE = Set.of("publisher", "place");

  private SegmentRepairs() {}

  /** The segments with the repairs applied (a new list; the input is left as it is). */
  static List<Segment> apply(List<Segment> segments) {
    List<Segment> out = new ArrayList<>(segments);
    boolean container = out.stream().anyMatch(s -> CONTAINERS.contains(s.label()));
    for (int i = 1; i < out.size(); i++) {
      Segment before = out.get(i - 1);
      Segment s = out.get(i);
      if (!container && before.label().equals(Labels.OTHER) && NOT_A_VOLUME_TITLE.contains(s.label())
          && EDITORS_MARK.matcher(before.text()).matches() && followedByPlaceOrDate(out, i)) {
        out.set(i, new Segment(s.text(), "booktitle"));
        container = true;
      } else if (!container && s.label().equals("editor") && before.label().equals(Labels.OTHER)
          && IN.matcher(before.text()).matches() && i + 2 < out.size()
          && NO_EDITORS_AFTER.matcher(out.get(i + 1).text()).matches()
          && out.get(i + 2).label().equals("volume")) {
        out.set(i, new Segment(s.text(), "journal"));
        container = true;
      } else if (i >= 2 && s.label().equals("title") && CONTAINERS.contains(out.get(i - 2).label())
          && before.label().equals(Labels.OTHER) && SUBTITLE_MARK.matcher(before.text()).matches()
          && titleBefore(out, i - 2)) {
        out.set(i, new Segment(s.text(), out.get(i - 2).label()));
      }
    }
    return out;
  }

  private static boolean titleBefore(List<Segment> segments, int end) {
    return segments.subList(0, end).stream().anyMatch(s -> s.label().equals("title"));
  }

  /** Whether a place or date follows the stretch at {@code i} within the next two stretches. */
  private static boolean followedByPlaceOrDate(List<Segment> segments, int i) {
    for (int k = i + 1; k < Math.min(segments.size(), i + 3); k++) {
      String l = segments.get(k).label();
      if (l.equals("place") || l.equals("date")) {
        return true;
      }
    }
    return false;
  }
}
