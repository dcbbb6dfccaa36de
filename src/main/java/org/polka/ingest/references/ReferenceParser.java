package org.polka.ingest.references;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Reference;

/**
 * The parser of one bibliography entry into a {@link Reference}: its leading label ("[3]", "12.")
 * removed, its tokens labelled by the trained {@link Tagger}, the labelled stretches mapped to
 * fields by {@link Fields} (a name list the entry marks as editors right after it, "Smith, J.
 * (ed.)", "Müller, K./Weber, L. (Hg.):", is taken for editors, not authors); a DOI or URL the
 * tagger missed is taken by pattern, and so is the whole of a DOI the tagger cut short or a line
 * break split.
 */
public final class ReferenceParser {
  /** The classpath resource of the standard model (made by {@code polka eval train-citations}). */
  public static final String MODEL = "/org/polka/ingest/references/citation-model.txt.gz";

  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:\\[\\s*\\d{1,4}[a-z]?\\s*\\]|\\(\\d{1,4}\\)|\\d{1,3}\\s*[.)](?=\\s*\\D)|\\d{1,3}(?=\\s+\\p{Lu}))\\s*");
  private static final Pattern EDITORS_MARK = Pattern.compile(
      "(?iu)^[\\s,;:.]*(?:[(\\[]\\s*(?:eds?|hgg?|hrsg)\\.?\\s*[)\\]]|(?:eds?|hgg?|hrsg)\\.|eds\\b).*",
      Pattern.DOTALL);
  private static final Pattern ENDS_EDITORS_MARK = Pattern.compile(
      "(?iu).*[(\\[]\\s*(?:eds?|hgg?|hrsg)\\.?\\s*[)\\]][\\s.,:]*$", Pattern.DOTALL);
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\"<>]+");

  private final Tagger tagger;

  ReferenceParser(Tagger tagger) {
    this.tagger = tagger;
  }

  /**
   * The parser with the model shipped in the jar. The model is immutable, so it is read once per
   * JVM (on first use) and shared, like any other constant table.
   */
  public static ReferenceParser standard() {
    return Shipped.PARSER;
  }

  /** The holder of the shipped model, read when first asked for. */
  private static final class Shipped {
    static final ReferenceParser PARSER = load();
  }

  private static ReferenceParser load() {
    try (InputStream in = ReferenceParser.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("reference model " + MODEL + " missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference model " + MODEL, e);
    }
  }

  /** The parser with a model written by {@link TaggerTraining#trainAndWrite}. */
  public static ReferenceParser read(InputStream model) throws IOException {
    return new ReferenceParser(Tagger.read(model));
  }

  /** The parsed entry; the raw string is kept as given. */
  public Reference parse(String entry) {
    Matcher label = LABEL.matcher(entry);
    String body = label.find() ? entry.substring(label.end()) : entry;
    Reference r = Fields.of(entry, SegmentRepairs.apply(segments(body)));
    String doi = r.doi();
    String url = r.url();
    String whole = Fields.findDoi(body);
    if (whole != null && (doi == null || !Fields.isDoi(doi) || whole.startsWith(doi))) {
      doi = whole;
    } else if (doi != null && !Fields.isDoi(doi)) {
      doi = null;
    }
    if (url == null) {
      Matcher u = URL.matcher(body);
      url = u.find() ? u.group().replaceAll("[.,;)]+$", "") : null;
    }
    boolean volumeFirst = r.volume() == null && r.issue() != null && onlyNumber(body, r.issue());
    return new Reference(r.raw(), r.authors(), r.title(), r.container(), r.year(),
        volumeFirst ? r.issue() : r.volume(), volumeFirst ? null : r.issue(), r.pages(),
        r.publisher(), r.place(), doi, url);
  }

  /**
   * Whether the number is printed as a container's only number: alone in brackets ("die
   * hochschule, (2), 102–116") or before a slash and the year ("SozSich 8/2008"). Without a
   * volume, that number is the volume (as the German gold has it), not the issue.
   */
  static boolean onlyNumber(String entry, String number) {
    String n = Pattern.quote(number);
    return Pattern.compile("\\(\\s*" + n + "\\s*\\)|(?<![\\d/])" + n + "\\s*/\\s*(?:1[6-9]|20)\\d\\d(?!\\d)")
        .matcher(entry).find();
  }

  /** The entry cut into stretches of one label each, as the tagger labels its tokens. */
  public List<Segment> segments(String entry) {
    List<Token> tokens = Tokens.of(entry);
    int[] tags = tagger.tag(Features.of(tokens));
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j + 1 < tokens.size() && tags[j + 1] == tags[i]) {
        j++;
      }
      String label = tagger.labels().get(tags[i]);
      int end = tokens.get(j).end();
      if (label.equals("author") && (EDITORS_MARK.matcher(entry.substring(end)).matches()
          || ENDS_EDITORS_MARK.matcher(entry.substring(tokens.get(i).start(), end)).matches())) {
        label = "editor";
      }
      out.add(new Segment(entry.substring(tokens.get(i).start(), end), label));
      if (label.equals("editor")) {
        editorsBefore(out);
      }
      i = j + 1;
    }
    return out;
  }

  /** The author stretches of the name list that ends at the last segment relabelled as editors. */
  private static void editorsBefore(List<Segment> out) {
    for (int k = out.size() - 2; k >= 0; k--) {
      Segment s = out.get(k);
      if (s.label().equals("author")) {
        out.set(k, new Segment(s.text(), "editor"));
      } else if (!s.label().equals("editor")
          && !(s.label().equals(Labels.OTHER) && s.text().strip().length() <= 4)) {
        return;
      }
    }
  }
}
