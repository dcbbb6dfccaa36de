package org.polka.select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.search.SolrIndexSearcher;

/**
 * The index's own text analysis and term statistics, as the selection service sees them: the same
 * stemming as search, document frequencies over the text fields, and the transliterating name
 * analyzer for comparing titles and authors across scripts.
 */
final class Analysis {
  /** Searched text fields and how much a match in each counts. */
  static final Map<String, Float> FIELDS = Map.of("title", 3f, "keywords", 3f, "abstract", 2f,
      "body", 1f);

  /** A token of the text: the indexed term and the word as written (lower case). */
  record Token(String term, String surface) {}

  private final SolrIndexSearcher searcher;
  private final Analyzer text;
  private final Analyzer names;
  private final Map<String, Integer> docFreqs;

  /** The analysis over the searcher, with a fresh cache of document frequencies. */
  Analysis(SolrIndexSearcher searcher) {
    this(searcher, new HashMap<>());
  }

  /** The analysis over the searcher, caching document frequencies in the given (shared) map. */
  Analysis(SolrIndexSearcher searcher, Map<String, Integer> docFreqs) {
    this.searcher = searcher;
    this.docFreqs = docFreqs;
    this.text = searcher.getSchema().getFieldTypeByName("text_ru_en").getIndexAnalyzer();
    this.names = searcher.getSchema().getFieldTypeByName("text_names").getIndexAnalyzer();
  }

  /** The index's text analyzer. */
  Analyzer text() {
    return text;
  }

  SolrIndexSearcher searcher() {
    return searcher;
  }

  /** The terms of a text as the index makes them (stemmed, stop words removed). */
  List<Token> tokens(String value) {
    List<Token> out = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return out;
    }
    try (TokenStream stream = text.tokenStream("abstract", value)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String t = term.toString();
        if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
          int end = Math.min(offset.endOffset(), value.length());
          out.add(new Token(t, value.substring(Math.min(offset.startOffset(), end), end)
              .toLowerCase(java.util.Locale.ROOT)));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text", e);
    }
    return out;
  }

  /** Name tokens: Cyrillic romanised, lower case, accents folded (so Рашидов = Rashidov). */
  List<String> nameTokens(String value) {
    List<String> out = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return out;
    }
    try (TokenStream stream = names.tokenStream("authors", value)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze names", e);
    }
    return out;
  }

  /** The number of documents with the term in any text field (the largest per-field count). */
  int docFreq(String term) {
    Integer known = docFreqs.get(term);
    if (known != null) {
      return known;
    }
    lookUp(List.of(term));
    return docFreqs.get(term);
  }

  /**
   * Reads into the cache the document frequencies of those terms it does not hold yet, in one
   * sorted pass per field with one terms enumerator each (neighbouring terms share dictionary
   * blocks), instead of a fresh dictionary walk per term and field.
   */
  void lookUp(Collection<String> terms) {
    List<String> missing = terms.stream().filter(t -> !docFreqs.containsKey(t)).distinct()
        .sorted().toList();
    if (missing.isEmpty()) {
      return;
    }
    int[] best = new int[missing.size()];
    try {
      for (String field : FIELDS.keySet()) {
        Terms dictionary = MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (dictionary == null) {
          continue;
        }
        TermsEnum e = dictionary.iterator();
        for (int i = 0; i < best.length; i++) {
          if (e.seekExact(new BytesRef(missing.get(i)))) {
            best[i] = Math.max(best[i], e.docFreq());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read term statistics", e);
    }
    for (int i = 0; i < best.length; i++) {
      docFreqs.put(missing.get(i), best[i]);
    }
  }

  /** Documents in the index. */
  int numDocs() {
    return Math.max(1, searcher.getIndexReader().numDocs());
  }

  /** BM25's inverse document frequency of the term (0 for a term no document has). */
  double idf(String term) {
    int df = docFreq(term);
    if (df == 0) {
      return 0;
    }
    return Math.log(1 + (numDocs() - df + 0.5) / (df + 0.5));
  }

  /**
   * The front-matter vector of a signature: (1 + ln tf) · idf over title and keywords (counted
   * twice) and abstracts, unit length.
   */
  TermVector front(Signature signature) {
    return vector(signature, 1, 0, 1);
  }

  /**
   * The whole-text vector of a signature: the front matter's and (at the given weight) the body's
   * 1 + ln tf, times idf to the given power (below 1, words shared by a whole field of study
   * count for more than with tf-idf), unit length.
   */
  TermVector whole(Signature signature, double bodyWeight, double idfPower) {
    return vector(signature, 1, bodyWeight, idfPower);
  }

  private TermVector vector(Signature signature, double frontWeight, double bodyWeight,
      double idfPower) {
    Map<String, Double> weights = new HashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    for (Signature.Entry e : signature.entries()) {
      double tf = (e.front() > 0 ? frontWeight * (1 + Math.log(Math.max(1, e.front()))) : 0)
          + (e.body() > 0 ? bodyWeight * (1 + Math.log(e.body())) : 0);
      if (tf > 0) {
        double idf = Math.pow(idf(e.term()), idfPower);
        if (idf > 0) {
          weights.put(e.term(), tf * idf);
          surfaces.put(e.term(), e.surface());
        }
      }
    }
    return TermVector.normalizedOf(weights, surfaces);
  }

  /** Whether a term is written in Cyrillic. */
  static boolean cyrillic(String term) {
    return term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.CYRILLIC);
  }
}
