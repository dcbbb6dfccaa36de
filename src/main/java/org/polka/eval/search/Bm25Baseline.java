package org.polka.eval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;

/**
 * The plain-BM25 baseline: an in-memory Lucene index of the same records with every text field
 * (title, authors, journal, keywords, discipline, abstracts, body) concatenated into one field,
 * analysed by Lucene's {@link StandardAnalyzer} and ranked by the default BM25 similarity. A query
 * is its analysed words OR-ed together, as Lucene's classic query parser does with plain words.
 */
final class Bm25Baseline implements AutoCloseable {
  private static final String TEXT = "text";
  private static final String SOURCE = "source";
  private static final String SOURCE_ID = "source_id";

  private final Analyzer analyzer = new StandardAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  Bm25Baseline() {
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one record (records without a source id cannot be judged and are still indexed). */
  void add(Article article) {
    Document doc = new Document();
    doc.add(new TextField(TEXT, allText(article), Field.Store.NO));
    DocKey key = DocKey.of(article);
    if (key != null) {
      doc.add(new StoredField(SOURCE, Objects.toString(key.source(), "")));
      doc.add(new StoredField(SOURCE_ID, key.sourceId()));
    }
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes everything added searchable. */
  void commit() {
    try {
      writer.commit();
      if (reader != null) {
        reader.close();
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of searchable records. */
  int size() {
    return reader == null ? 0 : reader.numDocs();
  }

  /** The keys of the best {@code depth} records for the query, best first. */
  List<DocKey> search(String text, int depth) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms(text)) {
      query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
    }
    try {
      List<DocKey> out = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.build(), depth).scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc);
        String id = doc.get(SOURCE_ID);
        String source = doc.get(SOURCE);
        out.add(id == null ? new DocKey(null, null)
            : new DocKey(source.isEmpty() ? null : source, id));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query text as the analyser makes it into index terms. */
  List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** Every text field of the article joined by blank lines. */
  static String allText(Article a) {
    List<String> parts = new ArrayList<>();
    parts.add(a.title());
    a.authors().stream().map(Bm25Baseline::name).forEach(parts::add);
    parts.add(a.journal() == null ? null : a.journal().title());
    parts.addAll(a.keywords());
    parts.add(a.discipline());
    a.abstracts().stream().map(Abstract::text).forEach(parts::add);
    parts.addAll(a.paragraphs());
    return String.join("\n\n", parts.stream().filter(Objects::nonNull).toList());
  }

  private static String name(Author author) {
    if (author.name() != null) {
      return author.name();
    }
    return Objects.toString(author.given(), "") + " " + Objects.toString(author.family(), "");
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      writer.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
