package org.polka.ingest.header;

import java.util.List;
import org.polka.article.PersonName;

/**
 * An author as a header prints them: the full name (markers removed), its given and family parts,
 * the affiliation markers printed after it, the affiliations those markers lead to (indexes into
 * {@link Header#affiliations()}) and the author's e-mail when one can be linked.
 *
 * @param name the full name in reading order
 * @param parts the given and family parts (either may be null when the split is not clear)
 * @param markers the markers printed with the name ("1", "*", "a"), in order
 * @param affiliations indexes of the author's affiliations in the header's list
 * @param email the author's e-mail address, or null
 */
public record HeaderAuthor(String name, PersonName parts, List<String> markers,
    List<Integer> affiliations, String email) {

  public HeaderAuthor {
    markers = List.copyOf(markers);
    affiliations = List.copyOf(affiliations);
  }
}
