package org.polka.ingest.jats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.SourceFile;
import org.polka.ingest.ArticleReader;
import org.polka.ingest.Languages;
import org.polka.ingest.ReadSink;
import org.w3c.dom.Element;

/**
 * A reader of JATS XML articles (PLOS, eLife, PubMed Central): one article a file, with front
 * matter, body sections, footnotes and parsed references.
 *
 * <p>Parsing is safe for untrusted files: DOCTYPEs are ignored, never fetched, and documents that
 * declare entities are refused as a problem.
 */
public final class JatsReader implements ArticleReader {
  private final SecureXml xml = new SecureXml();

  @Override
  public String format() {
    return "jats";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".xml") || name.endsWith(".nxml"))
        && new String(head, StandardCharsets.UTF_8).contains("<article");
  }

  @Override
  public void read(Path file, ReadSink sink) throws IOException {
    String name = file.getFileName().toString();
    SecureXml.Parsed parsed = xml.parse(Files.readAllBytes(file));
    if (parsed.problem() != null) {
      sink.problem(name, parsed.problem());
      return;
    }
    Element root = parsed.document().getDocumentElement();
    if (!"article".equals(root.getTagName())) {
      sink.problem(name, "not a JATS article: the root element is <" + root.getTagName() + ">");
      return;
    }
    Article article = article(root, name);
    if (article.title() == null) {
      sink.problem(name, "JATS article has no article-title");
      return;
    }
    sink.record(article, name);
  }

  private static Article article(Element root, String name) {
    JatsFront front = new JatsFront(root);
    Element body = Xml.child(root, "body");
    Element back = Xml.child(root, "back");
    var b = Article.builder()
        .title(front.title())
        .authors(front.authors())
        .keywords(front.keywords())
        .doi(front.doi())
        .published(front.published())
        .journal(front.journal())
        .license(front.license())
        .sections(JatsBody.sections(body, back))
        .footnotes(JatsBody.footnotes(body, back))
        .references(JatsReferences.of(back))
        .source(new SourceFile(name, "jats", null));
    String declared = Xml.attr(root, "xml:lang");
    Article draft = b.build();
    String language = declared != null ? declared.toLowerCase(Locale.ROOT)
        : Languages.guess(draft.title() + " " + String.join(" ", draft.paragraphs()));
    b.language(language).abstracts(front.abstracts(language));
    return b.build();
  }
}
