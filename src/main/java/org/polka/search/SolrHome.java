package org.polka.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Solr home of the embedded index: solr.xml and the "polka" core, installed from the configset
 * bundled on the classpath under {@code solr/}.
 *
 * <p>Files are read by explicit names (listing classpath directories does not work inside a jar).
 * Configuration files are rewritten when they differ from the bundled ones, so a new release's
 * configset takes effect; the index data under the core is never touched.
 */
final class SolrHome {
  /** The core's name, also its folder under the Solr home. */
  static final String CORE = "polka";

  private static final String RESOURCE_ROOT = "solr/";
  private static final List<String> FILES = List.of(
      "solr.xml",
      CORE + "/core.properties",
      CORE + "/conf/solrconfig.xml",
      CORE + "/conf/schema.xml",
      CORE + "/conf/stopwords_ru.txt",
      CORE + "/conf/stopwords_en.txt",
      CORE + "/conf/mapping-translit.txt",
      CORE + "/conf/mapping-fold.txt");

  private SolrHome() {}

  /** Creates or refreshes the Solr home in the folder; returns the folder as an absolute path. */
  static Path install(Path folder) {
    Path home = folder.toAbsolutePath().normalize();
    try {
      for (String name : FILES) {
        writeIfChanged(home.resolve(name), bundled(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install the search index configuration in " + home, e);
    }
    return home;
  }

  private static byte[] bundled(String name) throws IOException {
    String path = RESOURCE_ROOT + name;
    try (InputStream in = SolrHome.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing classpath resource " + path);
      }
      return in.readAllBytes();
    }
  }

  private static void writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Files.write(target, content);
  }
}
