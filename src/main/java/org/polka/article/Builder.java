package org.polka.article;

import java.util.ArrayList;
import java.util.List;

/** A mutable builder of {@link Article}, for readers that assemble a record field by field. */
public final class Builder {
  private String title;
  private String language;
  private List<Author> authors = new ArrayList<>();
  private List<Abstract> abstracts = new ArrayList<>();
  private List<String> keywords = new ArrayList<>();
  private String discipline;
  private String license;
  private Integer views;
  private Integer downloads;
  private String doi;
  private String published;
  private Journal journal;
  private List<Section> sections = new ArrayList<>();
  private List<Footnote> footnotes = new ArrayList<>();
  private List<Reference> references = new ArrayList<>();
  private List<String> warnings = new ArrayList<>();
  private SourceFile source;
  private Origin origin;

  Builder(Article a) {
    if (a == null) {
      return;
    }
    title = a.title();
    language = a.language();
    authors = new ArrayList<>(a.authors());
    abstracts = new ArrayList<>(a.abstracts());
    keywords = new ArrayList<>(a.keywords());
    discipline = a.discipline();
    license = a.license();
    views = a.views();
    downloads = a.downloads();
    doi = a.doi();
    published = a.published();
    journal = a.journal();
    sections = new ArrayList<>(a.sections());
    footnotes = new ArrayList<>(a.footnotes());
    references = new ArrayList<>(a.references());
    warnings = new ArrayList<>(a.warnings());
    source = a.source();
    origin = a.origin();
  }

  public Builder title(String v) { title = v; return this; }
  public Builder language(String v) { language = v; return this; }
  public Builder authors(List<Author> v) { authors = new ArrayList<>(v); return this; }
  public Builder addAuthor(Author v) { authors.add(v); return this; }
  public Builder abstracts(List<Abstract> v) { abstracts = new ArrayList<>(v); return this; }
  public Builder addAbstract(Abstract v) { abstracts.add(v); return this; }
  public Builder keywords(List<String> v) { keywords = new ArrayList<>(v); return this; }
  public Builder discipline(String v) { discipline = v; return this; }
  public Builder license(String v) { license = v; return this; }
  public Builder views(Integer v) { views = v; return this; }
  public Builder downloads(Integer v) { downloads = v; return this; }
  public Builder doi(String v) { doi = v; return this; }
  public Builder published(String v) { published = v; return this; }
  public Builder journal(Journal v) { journal = v; return this; }
  public Builder sections(List<Section> v) { sections = new ArrayList<>(v); return this; }
  public Builder addSection(Section v) { sections.add(v); return this; }
  public Builder footnotes(List<Footnote> v) { footnotes = new ArrayList<>(v); return this; }
  public Builder addFootnote(Footnote v) { footnotes.add(v); return this; }
  public Builder references(List<Reference> v) { references = new ArrayList<>(v); return this; }
  public Builder addReference(Reference v) { references.add(v); return this; }
  public Builder warnings(List<String> v) { warnings = new ArrayList<>(v); return this; }
  public Builder warn(String v) { warnings.add(v); return this; }
  public Builder source(SourceFile v) { source = v; return this; }
  public Builder origin(Origin v) { origin = v; return this; }

  public Article build() {
    return new Article(title, language, authors, abstracts, keywords, discipline, license, views,
        downloads, doi, published, journal, sections, footnotes, references, warnings, source, origin);
  }
}
