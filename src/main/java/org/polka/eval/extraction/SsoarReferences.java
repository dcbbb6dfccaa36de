package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.PersonName;
import org.polka.article.Reference;
import org.polka.ingest.Extractor;

/**
 * SSOAR papers ({@code pdf/ID.pdf}) against their hand-segmented references
 * ({@code references-segmented/ID.xml}, one tagged entry per line): every entry aligned and scored
 * field by field. The gold marks DOIs as identifiers; those are scored as the DOI field.
 */
final class SsoarReferences implements Dataset {
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final Pattern TAG = Pattern.compile("<([a-z-]+)>(.*?)</\\1>", Pattern.DOTALL);

  private final Path dir;

  SsoarReferences(Path dir) {
    this.dir = dir;
  }

  @Override
  public String name() {
    return "SSOAR references (" + dir + ")";
  }

  @Override
  public Optional<String> missing() {
    return Files.isDirectory(dir.resolve("pdf")) && Files.isDirectory(dir.resolve("references-segmented"))
        ? Optional.empty() : Optional.of(dir + "/pdf or /references-segmented missing");
  }

  @Override
  public DatasetResult run(Extractor extractor) throws IOException {
    List<Path> withGold = GoldFiles.list(dir.resolve("pdf"), ".pdf").stream()
        .filter(p -> Files.exists(goldFile(p))).toList();
    return GoldFiles.score(name(), extractor, withGold, (scores, pdf, got) -> References.score(
            scores, gold(Files.readString(goldFile(pdf), StandardCharsets.UTF_8)), got.references()),
        References.FIELDS, List.of(withGold.size() + " PDF(s) with gold references"));
  }

  private Path goldFile(Path pdf) {
    String id = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
    return dir.resolve("references-segmented").resolve(id + ".xml");
  }

  /** The gold entries of one segmented file: one entry per non-blank line. */
  static List<Reference> gold(String file) {
    return file.lines().filter(l -> !l.isBlank()).map(SsoarReferences::entry).toList();
  }

  /** One tagged line as a reference: the first of each tag, pages as "first-last". */
  static Reference entry(String line) {
    List<PersonName> authors = new ArrayList<>();
    Matcher a = Pattern.compile("<author>(.*?)</author>", Pattern.DOTALL).matcher(line);
    while (a.find()) {
      authors.add(new PersonName(first(a.group(1), "given-names"), first(a.group(1), "surname")));
    }
    String fpage = first(line, "fpage");
    String lpage = first(line, "lpage");
    String pages = fpage == null ? lpage : lpage == null ? fpage : fpage + "-" + lpage;
    return References.of(plain(line), authors, first(line, "title"), first(line, "source"),
        first(line, "year"), first(line, "volume"), first(line, "issue"), pages,
        first(line, "publisher"), doi(line));
  }

  /**
   * The DOI among the entry's identifiers, its "doi:" prefix dropped and the spaces a line break
   * left inside it removed; null when no identifier is a DOI.
   */
  static String doi(String line) {
    Matcher m = TAG.matcher(line);
    while (m.find()) {
      if (m.group(1).equals("identifier")) {
        Matcher d = DOI.matcher(plain(m.group(2)).replaceAll("\\s+", ""));
        if (d.find()) {
          return d.group();
        }
      }
    }
    return null;
  }

  private static String first(String text, String tag) {
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(tag)) {
        String v = Similarity.fold(plain(m.group(2)));
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  private static String plain(String tagged) {
    return Similarity.fold(tagged.replaceAll("</?[a-z-]+>", ""));
  }
}
