package org.polka.ingest.header;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.PersonName;

/**
 * The affiliations of a header and their links to authors: by printed markers ("1", "a", "*"),
 * else all authors to a single affiliation, else each affiliation to the author line above it.
 */
final class Affiliations {
  private static final Pattern MARKED =
      Pattern.compile("^(\\d{1,2}|[a-h]|[*†‡§¶#¤])[.)]?\\s*(?=[\\p{Lu}\\p{N}])(.*)$");
  private static final Pattern SPLIT = Pattern.compile(";\\s*(?=(\\d{1,2}|[a-h])\\s+\\p{Lu})");
  private static final int MAX_LENGTH = 300;

  private final List<Affiliation> list;
  private final List<Integer> lineOf;

  private Affiliations(List<Affiliation> list, List<Integer> lineOf) {
    this.list = List.copyOf(list);
    this.lineOf = List.copyOf(lineOf);
  }

  /**
   * The affiliations among the lines not yet given a role: institution lines before {@code limit}
   * and marked institution lines anywhere (footnotes), each with its address lines.
   */
  static Affiliations read(List<HeaderLine> lines, String[] role, int limit) {
    List<String> markers = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    int last = -2;
    for (int i = 0; i < lines.size(); i++) {
      if (role[i] != null) {
        continue;
      }
      String t = lines.get(i).text();
      Matcher m = MARKED.matcher(t);
      boolean marked = m.matches();
      boolean institution = Cues.hasInstitution(t) && t.length() < MAX_LENGTH && !Cues.isStop(t)
          && !Cues.isFurniture(t);
      if (institution && (i < limit || marked)) {
        boolean continues = last == i - 1 && !marked && !texts.isEmpty()
            && texts.getLast().toString().matches("(?s).*[,\\-–]$");
        if (continues) {
          texts.getLast().append(' ').append(t);
        } else {
          for (String piece : SPLIT.split(t)) {
            Matcher pm = MARKED.matcher(piece);
            boolean pmarked = pm.matches();
            markers.add(pmarked ? pm.group(1) : null);
            texts.add(new StringBuilder(pmarked ? pm.group(2).strip() : piece));
            at.add(i);
          }
        }
        role[i] = "affiliation";
        last = i;
      } else if (last == i - 1 && !texts.isEmpty() && !Cues.isStop(t) && !marked
          && (Cues.hasAddress(t) || t.length() < 60) && !Names.isAuthorLine(t)
          && !Cues.EMAIL.matcher(t).find() && Cues.afterAbstractLabel(t) == null) {
        texts.getLast().append(' ').append(t);
        role[i] = "affiliation";
        last = i;
      }
    }
    List<Affiliation> out = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      out.add(new Affiliation(markers.get(k),
          texts.get(k).toString().replaceAll("[\\s,;]+$", "").strip()));
    }
    return new Affiliations(out, at);
  }

  List<Affiliation> list() {
    return list;
  }

  /** The authors with their parts, affiliations and e-mails linked. */
  List<HeaderAuthor> link(List<Names.Printed> printed, List<Integer> authorLine,
      List<String> emails, List<String> warnings) {
    boolean anyMarked = list.stream().anyMatch(a -> a.marker() != null);
    List<HeaderAuthor> out = new ArrayList<>();
    for (int p = 0; p < printed.size(); p++) {
      Names.Printed name = printed.get(p);
      List<Integer> affs = new ArrayList<>();
      if (anyMarked) {
        for (String m : name.markers()) {
          for (int k = 0; k < list.size(); k++) {
            if (m.equals(list.get(k).marker()) && !affs.contains(k)) {
              affs.add(k);
            }
          }
          if (m.matches("\\d+|[a-h]") && list.stream().noneMatch(a -> m.equals(a.marker()))) {
            warnings.add("affiliation " + m + " of " + name.name() + " is not printed in the header");
          }
        }
      } else if (list.size() == 1) {
        affs.add(0);
      } else {
        affs.addAll(below(authorLine, p));
      }
      PersonName parts = Names.person(name.name());
      out.add(new HeaderAuthor(name.name(), parts, name.markers(), affs, email(parts, emails)));
    }
    return out;
  }

  /** Unmarked affiliations printed after the author's line and before the next author line. */
  private List<Integer> below(List<Integer> authorLine, int p) {
    int line = authorLine.get(p);
    int first = authorLine.getFirst();
    int lastLine = authorLine.getLast();
    boolean between = lineOf.stream().anyMatch(l -> l > first && l < lastLine);
    int next = authorLine.stream().filter(l -> l > line).findFirst()
        .orElse(between ? Integer.MAX_VALUE : -1);
    if (next < 0) {
      return List.of();
    }
    List<Integer> affs = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      if (lineOf.get(k) > line && lineOf.get(k) < next) {
        affs.add(k);
      }
    }
    return affs;
  }

  /** The e-mail whose local part holds the author's family name, or null. */
  private static String email(PersonName name, List<String> emails) {
    if (name.family() == null || name.family().length() < 2) {
      return null;
    }
    String family = ascii(name.family());
    for (String e : emails) {
      String local = ascii(e.substring(0, e.indexOf('@')));
      if (family.length() >= 3 && local.contains(family)) {
        return e;
      }
    }
    return null;
  }

  private static String ascii(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
