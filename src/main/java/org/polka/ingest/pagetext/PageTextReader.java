package org.polka.ingest.pagetext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Footnote;
import org.polka.article.Origin;
import org.polka.article.Section;
import org.polka.article.SourceFile;
import org.polka.ingest.ArticleReader;
import org.polka.ingest.Languages;
import org.polka.ingest.ReadSink;
import org.polka.ingest.references.ReferenceExtractor;
import org.polka.ingest.repair.Lexicon;
import org.polka.ingest.repair.RunningHeaders;
import org.polka.ingest.repair.WordRepairs;

/**
 * A reader of CyberLeninka article pages saved as text: page chrome, then the article text as PDF
 * extraction left it.
 *
 * <p>It takes the title, discipline, licence, counters, keywords and abstract from the chrome; drops
 * the previous article's tail before the title head; takes authors and affiliations from the head;
 * assembles sections, paragraphs and footnotes from the rest, repairing line-break hyphens and
 * glued words; and parses a closing bibliography ("Список литературы") into references. What it
 * notices but cannot repair goes into {@link Article#warnings()}.
 */
public final class PageTextReader implements ArticleReader {
  private static final List<String> MARKERS =
      List.of("Научная статья на тему", "Текст научной статьи по специальности");
  private static final String SOURCE = "cyberleninka";

  private final Lexicon lexicon;
  private final ReferenceExtractor references;

  /**
   * A reader that repairs words with the given dictionary besides each page's own vocabulary, and
   * parses the closing bibliography with the given extractor.
   */
  public PageTextReader(Lexicon lexicon, ReferenceExtractor references) {
    this.lexicon = lexicon;
    this.references = references;
  }

  /** A reader with the standard dictionary and reference extractor. */
  public PageTextReader() {
    this(Lexicon.load(), ReferenceExtractor.standard());
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString();
    boolean textName = name.toLowerCase(Locale.ROOT).endsWith(".txt") || !name.contains(".");
    String text = new String(head, StandardCharsets.UTF_8);
    return textName && MARKERS.stream().anyMatch(text::contains);
  }

  @Override
  public void read(Path file, ReadSink sink) throws IOException {
    String name = file.getFileName().toString();
    String content = Files.readString(file, StandardCharsets.UTF_8);
    Article article = parse(content, name);
    if (article.title() == null) {
      sink.problem(name, "no article title: neither the line \"Научная статья на тему '…'\" "
          + "nor a title before \"Текст научной статьи по специальности\" was found");
      return;
    }
    sink.record(article, name);
  }

  /** The record read from the text of one page saved as {@code fileName}. */
  Article parse(String content, String fileName) {
    List<String> lines = Normalizer.normalize(content, Normalizer.Form.NFC).lines()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    PageChrome chrome = PageChrome.parse(lines);
    List<String> warnings = new ArrayList<>();
    ArticleHead head = ArticleHead.find(chrome.text(), chrome.title());
    List<Author> authors = authors(chrome, head, warnings);
    var furniture = RunningHeaders.filter(chrome.text().subList(head.bodyAt(), chrome.text().size()));
    if (!furniture.dropped().isEmpty()) {
      warnings.add("dropped page numbers and running headers: " + String.join(" | ", furniture.dropped()));
    }
    var bibliography = references.fromBody(furniture.kept());
    var body = BodyAssembler.assemble(bibliography.body());
    warnings.addAll(body.warnings());
    WordRepairs repairs = WordRepairs.forDocument(Stream.concat(
        body.sections().stream().flatMap(s -> s.paragraphs().stream()),
        body.footnotes().stream().map(Footnote::text)).toList(), lexicon);
    List<Section> sections = body.sections().stream()
        .map(s -> new Section(s.title(), s.level(), s.paragraphs().stream().map(repairs).toList()))
        .toList();
    List<Footnote> footnotes = body.footnotes().stream()
        .map(f -> new Footnote(f.label(), repairs.apply(f.text()))).toList();
    if (repairs.warning() != null) {
      warnings.add(repairs.warning());
    }
    return Article.builder()
        .title(chrome.title())
        .language(language(chrome, sections))
        .authors(authors)
        .abstracts(chrome.abstracts())
        .keywords(new KeywordCase(authors.stream().map(Author::name).toList(),
            caseSource(chrome.title(), sections)).apply(chrome.keywords()))
        .discipline(chrome.discipline())
        .license(chrome.license())
        .views(chrome.views())
        .downloads(chrome.downloads())
        .sections(sections)
        .footnotes(footnotes)
        .references(bibliography.references())
        .warnings(warnings)
        .source(new SourceFile(fileName, format(), null))
        .origin(new Origin(SOURCE, PageChrome.slugOf(chrome.url()), chrome.url()))
        .build();
  }

  /** The authors under the title head, else those the abstract heading names; notes what it did. */
  private static List<Author> authors(PageChrome chrome, ArticleHead head, List<String> warnings) {
    if (head.titleAt() < 0) {
      warnings.add("title head not found in the article text; the text may begin with the previous article's tail");
    } else if (head.titleAt() > 0) {
      warnings.add("dropped " + head.titleAt() + " lines before the title head (the previous article's tail)");
    }
    if (!head.authors().isEmpty()) {
      return head.authors();
    }
    if (head.titleAt() >= 0) {
      warnings.add("no author lines found under the title head"
          + (chrome.authors().isEmpty() ? "" : "; authors taken from the abstract heading, without affiliations"));
    }
    return chrome.authors();
  }

  private static String language(PageChrome chrome, List<Section> sections) {
    String body = String.join(" ", sections.stream().flatMap(s -> s.paragraphs().stream()).toList());
    String guess = Languages.guess(body);
    return guess != null ? guess : Languages.guess(chrome.title());
  }

  private static String caseSource(String title, List<Section> sections) {
    List<String> lines = new ArrayList<>();
    lines.add(title == null ? "" : title);
    sections.forEach(s -> lines.addAll(s.paragraphs()));
    return String.join("\n", lines);
  }
}
