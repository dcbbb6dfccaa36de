package org.polka.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.polka.article.Reference;

/**
 * The bibliography at the end of an article text: the lines after a heading such as
 * "Список литературы" or "References", one entry per numbered or unnumbered line.
 *
 * @param body the text lines before the bibliography heading
 * @param references the entries after it, as printed
 */
record ReferenceList(List<String> body, List<Reference> references) {
  private static final Pattern HEADING = Pattern.compile(
      "(?iu)(список литературы|список использованной литературы|литература|библиографический список"
          + "|references|bibliography)\\s*[.:]?");
  private static final Pattern NUMBERED = Pattern.compile("^(\\[?\\d{1,3}[.)\\]]|\\p{Lu}).*");

  /** Splits the lines at the last bibliography heading; no heading means no references. */
  static ReferenceList split(List<String> lines) {
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (HEADING.matcher(lines.get(i).strip()).matches()) {
        at = i;
      }
    }
    if (at < 0) {
      return new ReferenceList(lines, List.of());
    }
    List<String> entries = new ArrayList<>();
    for (String line : lines.subList(at + 1, lines.size())) {
      if (entries.isEmpty() || NUMBERED.matcher(line).matches()) {
        entries.add(line.strip());
      } else {
        entries.add(entries.removeLast() + " " + line.strip());
      }
    }
    return new ReferenceList(lines.subList(0, at), entries.stream().map(Reference::raw).toList());
  }
}
