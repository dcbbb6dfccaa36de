package org.polka.ingest.jats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.ArticleJson;
import org.polka.article.Author;
import org.polka.article.Footnote;
import org.polka.article.Journal;
import org.polka.article.PersonName;
import org.polka.article.Reference;
import org.polka.article.Section;
import org.polka.ingest.CollectingSink;

class JatsReaderTest {
  private static final String ARTICLE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE article PUBLIC "-//NLM//DTD JATS//EN" "http://dtd.polka-test.invalid/missing/jats.dtd">
      <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" xml:lang="en">
      <front>
        <journal-meta>
          <journal-title-group><journal-title>Journal of Small Tests</journal-title></journal-title-group>
          <issn pub-type="ppub">1111-2222</issn><issn pub-type="epub">3333-4444</issn>
          <publisher><publisher-name>Test Press</publisher-name></publisher>
        </journal-meta>
        <article-meta>
          <article-id pub-id-type="doi">10.1234/jst.0001</article-id>
          <title-group><article-title>Counting <italic>beetles</italic> &ndash; a method<xref ref-type="fn" rid="fn1">*</xref></article-title></title-group>
          <contrib-group>
            <contrib contrib-type="author">
              <contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-1825-0097</contrib-id>
              <name><surname>Rashidov</surname><given-names>Bakhtier</given-names></name>
              <xref ref-type="aff" rid="aff1"><sup>1</sup></xref><xref ref-type="aff" rid="aff2">2</xref>
              <email>b.r@example.org</email>
            </contrib>
            <contrib contrib-type="author"><collab>The Beetle Consortium<contrib-group><contrib><name><surname>Member</surname><given-names>M</given-names></name></contrib></contrib-group></collab></contrib>
            <contrib contrib-type="editor"><name><surname>Editor</surname><given-names>Ed</given-names></name></contrib>
          </contrib-group>
          <aff id="aff1"><label>1</label> Institute of Insects, Dushanbe, Tajikistan</aff>
          <aff id="aff2"><label>2</label><institution>Museum of Beetles</institution><addr-line><named-content content-type="city">Moscow</named-content></addr-line><country>Russia</country></aff>
          <pub-date pub-type="collection"><year>2019</year></pub-date>
          <pub-date pub-type="epub"><day>5</day><month>3</month><year>2018</year></pub-date>
          <volume>12</volume><issue>3</issue><fpage>101</fpage><lpage>110</lpage>
          <permissions><license xlink:href="https://creativecommons.org/licenses/by/4.0/">
            <license-p>Open access under CC BY.</license-p></license></permissions>
          <abstract><sec><title>Background</title><p>Beetles are many.</p></sec><sec><title>Results</title><p>We counted them.</p></sec></abstract>
          <abstract abstract-type="toc"><p>Short teaser.</p></abstract>
          <trans-abstract xml:lang="ru"><p>Жуков много.</p></trans-abstract>
          <kwd-group><kwd>beetles</kwd><kwd>counting</kwd></kwd-group>
        </article-meta>
      </front>
      <body>
        <p>Lead paragraph before any heading.</p>
        <sec><title>Introduction</title>
          <p>First paragraph <xref ref-type="bibr" rid="r1">[1]</xref>.</p>
          <p>Second with a figure.<fig id="f1"><caption><p>Figure caption text.</p></caption></fig></p>
          <sec><title>Background details</title><p>Nested paragraph.</p>
            <list><list-item><p>A listed item.</p></list-item></list></sec>
        </sec>
        <sec><title>Methods</title><p>We used nets.</p></sec>
      </body>
      <back>
        <ack><p>We thank the beetles.</p></ack>
        <fn-group><fn id="fn1"><label>*</label><p>Funded by nobody.</p></fn></fn-group>
        <ref-list><title>References</title>
          <ref id="r1"><mixed-citation publication-type="journal"><name><surname>Smith</surname> <given-names>AB</given-names></name>, <name><surname>Jones</surname> <given-names>C</given-names></name>. <article-title>Beetle census</article-title>. <source>Insect Journal</source>. <year>2001</year>;<volume>4</volume>(<issue>2</issue>):<fpage>10</fpage>&ndash;<lpage>19</lpage>. <pub-id pub-id-type="doi">10.1000/ij.4.10</pub-id></mixed-citation></ref>
          <ref id="r2"><element-citation publication-type="book"><person-group person-group-type="author"><name><surname>Darwin</surname><given-names>C</given-names></name></person-group><person-group person-group-type="editor"><name><surname>Huxley</surname><given-names>T</given-names></name></person-group><source>On Beetles</source><publisher-loc>London</publisher-loc><publisher-name>Murray</publisher-name><year>1859</year><ext-link ext-link-type="uri" xlink:href="https://example.org/beetles">link</ext-link></element-citation></ref>
        </ref-list>
      </back>
      </article>
      """;

  @TempDir Path dir;
  private final JatsReader reader = new JatsReader();

  @Test
  void readsFrontMatterWithoutFetchingTheDtd() throws IOException {
    CollectingSink sink = read("a.xml", ARTICLE);
    assertThat(sink.problems).isEmpty();
    Article a = sink.articles().getFirst();
    assertThat(sink.records.getFirst().location()).isEqualTo("a.xml");
    assertThat(a.title()).isEqualTo("Counting beetles – a method");
    assertThat(a.doi()).isEqualTo("10.1234/jst.0001");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.published()).isEqualTo("2018-03-05");
    assertThat(a.license()).isEqualTo("CC BY 4.0");
    assertThat(a.keywords()).containsExactly("beetles", "counting");
    assertThat(a.journal()).isEqualTo(new Journal("Journal of Small Tests", "3333-4444", "12", "3",
        "101", "110", "Test Press"));
    assertThat(a.authors()).containsExactly(
        new Author("Bakhtier Rashidov", "Bakhtier", "Rashidov",
            List.of("Institute of Insects, Dushanbe, Tajikistan", "Museum of Beetles, Moscow, Russia"),
            "b.r@example.org", "0000-0002-1825-0097"),
        Author.named("The Beetle Consortium"));
    assertThat(a.abstracts()).containsExactly(
        new Abstract("en", "Background: Beetles are many.\n\nResults: We counted them."),
        new Abstract("ru", "Жуков много."));
    assertThat(a.source().format()).isEqualTo("jats");
    assertThat(ArticleJson.read(ArticleJson.write(a))).as("survives JSON").isEqualTo(a);
  }

  @Test
  void readsSectionsFootnotesAndReferences() throws IOException {
    Article a = read("b.nxml", ARTICLE).articles().getFirst();
    assertThat(a.sections()).containsExactly(
        new Section(null, null, List.of("Lead paragraph before any heading.")),
        new Section("Introduction", 1, List.of("First paragraph [1].", "Second with a figure.")),
        new Section("Background details", 2, List.of("Nested paragraph.", "A listed item.")),
        new Section("Methods", 1, List.of("We used nets.")),
        new Section("Acknowledgments", 1, List.of("We thank the beetles.")));
    assertThat(a.footnotes()).containsExactly(new Footnote("*", "Funded by nobody."));
    assertThat(a.references()).hasSize(2);
    Reference r1 = a.references().get(0);
    assertThat(r1.raw()).isEqualTo("Smith AB, Jones C. Beetle census. Insect Journal. 2001;4(2):10–19."
        + " 10.1000/ij.4.10");
    assertThat(r1.authors()).containsExactly(new PersonName("AB", "Smith"), new PersonName("C", "Jones"));
    assertThat(r1).extracting(Reference::title, Reference::container, Reference::year,
            Reference::volume, Reference::issue, Reference::pages, Reference::doi)
        .containsExactly("Beetle census", "Insect Journal", "2001", "4", "2", "10-19", "10.1000/ij.4.10");
    Reference r2 = a.references().get(1);
    assertThat(r2.authors()).containsExactly(new PersonName("C", "Darwin"));
    assertThat(r2).extracting(Reference::container, Reference::publisher, Reference::place,
            Reference::year, Reference::url)
        .containsExactly("On Beetles", "Murray", "London", "1859", "https://example.org/beetles");
    assertThat(r2.raw()).isEqualTo("Darwin C (1859). On Beetles. London: Murray. https://example.org/beetles");
  }

  @Test
  void refusesDocumentsThatDeclareEntities() throws IOException {
    String laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE article [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        ]>
        <article><front><article-meta><title-group><article-title>&lol3;</article-title>
        </title-group></article-meta></front></article>
        """;
    CollectingSink sink = read("laughs.xml", laughs);
    assertThat(sink.records).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("laughs.xml");
      assertThat(p.reason()).startsWith("document declares entities (<!ENTITY>)");
    });
  }

  @Test
  void invalidXmlIsAProblemThatSaysWhere() throws IOException {
    String broken = "<?xml version=\"1.0\"?>\n<article>\n<front><article-meta>\n"
        + "<title-group><article-title>Open</title-group>\n</article-meta></front></article>\n";
    CollectingSink sink = read("broken.xml", broken);
    assertThat(sink.records).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("broken.xml");
      assertThat(p.reason()).startsWith("invalid XML at line 4, column ");
    });
  }

  @Test
  void acceptsXmlWithAnArticleElementOnly() {
    byte[] jats = ARTICLE.getBytes(StandardCharsets.UTF_8);
    byte[] other = "<?xml version=\"1.0\"?><OAI-PMH/>".getBytes(StandardCharsets.UTF_8);
    assertThat(reader.accepts(Path.of("x.xml"), jats)).isTrue();
    assertThat(reader.accepts(Path.of("x.nxml"), jats)).isTrue();
    assertThat(reader.accepts(Path.of("x.xml"), other)).isFalse();
    assertThat(reader.accepts(Path.of("x.txt"), jats)).isFalse();
  }

  private CollectingSink read(String name, String content) throws IOException {
    Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    return sink;
  }
}
