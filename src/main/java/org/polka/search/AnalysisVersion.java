package org.polka.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.ResourceLoader;
import org.apache.solr.analysis.TokenizerChain;

/**
 * The version of a text analyzer: a hash of its parts in order (char filters, tokenizer, token
 * filters), their arguments, and the word and mapping files they read.
 *
 * <p>Two analyzers with one version make the same tokens. Nothing else in the index configuration
 * counts: other fields, postings options, defaults and solrconfig.xml can change without making
 * the term signatures kept in the catalog (made with this analyzer) stale.
 */
final class AnalysisVersion {
  /** Arguments of Lucene's analysis factories that name files (comma-separated lists). */
  static final Set<String> FILE_ARGUMENTS = Set.of("words", "mapping", "protected", "synonyms",
      "dictionary", "articles");

  private AnalysisVersion() {}

  /** The version of a Solr analyzer chain whose files the loader opens. */
  static String of(Analyzer analyzer, ResourceLoader files) {
    if (!(analyzer instanceof TokenizerChain chain)) {
      throw new IllegalArgumentException("not a configured analyzer chain: " + analyzer);
    }
    List<AbstractAnalysisFactory> parts = new ArrayList<>(List.of(chain.getCharFilterFactories()));
    parts.add(chain.getTokenizerFactory());
    parts.addAll(List.of(chain.getTokenFilterFactories()));
    MessageDigest digest = sha256();
    for (AbstractAnalysisFactory part : parts) {
      update(digest, part.getClass().getName());
      Map<String, String> args = new TreeMap<>(part.getOriginalArgs());
      for (Map.Entry<String, String> arg : args.entrySet()) {
        update(digest, arg.getKey() + "=" + arg.getValue());
        if (FILE_ARGUMENTS.contains(arg.getKey())) {
          for (String name : arg.getValue().split(",")) {
            digest.update(read(files, name.trim()));
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 8);
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static byte[] read(ResourceLoader files, String name) {
    try (InputStream in = files.openResource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analysis file " + name, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
