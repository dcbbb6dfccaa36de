package org.polka.ingest.header;

import java.util.List;
import org.polka.article.Abstract;
import org.polka.article.Author;
import org.polka.article.Journal;

/**
 * What a document's header says about it: the fields a header parser can find, each null or empty
 * when not printed, and the warnings met while reading them.
 *
 * @param title the title, lines joined
 * @param authors the authors in printed order
 * @param affiliations the affiliations in printed order
 * @param emails every e-mail address printed in the header
 * @param abstracts the abstracts, each with its language
 * @param keywords the author keywords in printed order
 * @param doi the DOI, or null
 * @param journal the journal's name when printed on a line with volume or year, or null
 * @param volume the volume number, or null
 * @param issue the issue number, or null
 * @param pages the page range ("12-34"), or null
 * @param warnings what could not be read, as sentences
 */
public record Header(String title, List<HeaderAuthor> authors, List<Affiliation> affiliations,
    List<String> emails, List<Abstract> abstracts, List<String> keywords, String doi,
    String journal, String volume, String issue, String pages, List<String> warnings) {

  public Header {
    authors = List.copyOf(authors);
    affiliations = List.copyOf(affiliations);
    emails = List.copyOf(emails);
    abstracts = List.copyOf(abstracts);
    keywords = List.copyOf(keywords);
    warnings = List.copyOf(warnings);
  }

  /** The authors as article records: name, given and family parts, affiliation texts, e-mail. */
  public List<Author> articleAuthors() {
    return authors.stream().map(a -> new Author(a.name(), a.parts().given(), a.parts().family(),
        a.affiliations().stream().map(i -> affiliations.get(i).text()).toList(), a.email(), null))
        .toList();
  }

  /** This header with the authors, affiliations and e-mails of another parse of the same head. */
  public Header withAuthorsOf(Header other) {
    return new Header(title, other.authors, other.affiliations, other.emails, abstracts, keywords,
        doi, journal, volume, issue, pages, warnings);
  }

  /** Where the article was published, as printed, or null when nothing is. */
  public Journal articleJournal() {
    if (journal == null && volume == null && issue == null && pages == null) {
      return null;
    }
    String first = pages == null ? null : pages.replaceFirst("-.*", "");
    String last = pages == null || !pages.contains("-") ? null : pages.replaceFirst(".*-", "");
    return new Journal(journal, null, volume, issue, first, last, null);
  }
}
