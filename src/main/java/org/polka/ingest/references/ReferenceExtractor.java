package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.polka.article.Reference;

/**
 * The references of a document from its text: the bibliography located and taken out of the body,
 * split into entries and each entry parsed, and the citations of the footnotes parsed. The one entry point readers call.
 */
public final class ReferenceExtractor {
  /** The fewest letters and digits a note must share with the list to count as printed in it. */
  static final int SAME_MIN = 12;

  private final ReferenceParser parser;

  public ReferenceExtractor(ReferenceParser parser) {
    this.parser = parser;
  }

  /** The extractor with the parser model shipped in the jar. */
  public static ReferenceExtractor standard() {
    return new ReferenceExtractor(ReferenceParser.standard());
  }

  /**
   * A document's body without its bibliography, and the bibliography's parsed entries.
   *
   * @param body the blocks (paragraphs or lines) left after the bibliography was taken out
   * @param heading the bibliography heading as printed, or null when none was found
   * @param references the entries in order
   */
  public record Extracted(List<String> body, String heading, List<Reference> references) {}

  /** Finds, splits and parses the bibliography among the body's blocks (paragraphs or lines). */
  public Extracted fromBody(List<String> blocks) {
    BibliographyLocator.Located located = BibliographyLocator.locate(blocks);
    if (!located.found()) {
      return new Extracted(blocks, null, List.of());
    }
    return new Extracted(located.body(), located.heading(),
        parseAll(EntrySegmenter.trimTail(EntrySegmenter.segment(located.lines()))));
  }

  /**
   * The references of a document read by layout: the entries of its printed list, then the
   * citations in its footnotes that are not one of those entries again. The list is the
   * bibliography from the printed lines when the locator finds its heading there (the lines keep
   * the entries' starts), else the lines the layout set apart, else a numbered list of dated
   * entries that ends the text without a heading ({@link BibliographyLocator#headless}). Papers
   * that list their sources and also cite in notes give both: the notes' citations of works the
   * list leaves out are added ("Konrad Meyer, Über Höhen und Tiefen, o. J. (1973), unveröffentlichtes
   * Typoskript"). A note citing a listed work ("vgl. Krücken 2011: 108f.", "see Todorova (2005)")
   * or repeating a listed entry as printed (entries at a page's foot the layout took for notes)
   * adds nothing; a note repeating another note is kept, as the gold sets count every printed
   * citation.
   *
   * @param printedLines the text's lines as printed in reading order, bibliography and footnotes
   *     included
   * @param bibliography the lines the layout took for the bibliography (empty when none)
   * @param footnotes one footnote's text each, labels removed
   */
  public List<Reference> fromDocument(List<String> printedLines, List<String> bibliography,
      List<String> footnotes) {
    List<Reference> listed = listed(printedLines, bibliography);
    List<Reference> cited = fromFootnotes(footnotes);
    if (listed.isEmpty()) {
      return cited;
    }
    String all = letters(String.join(" ", listed.stream().map(Reference::raw).toList()));
    List<Reference> out = new ArrayList<>(listed);
    for (Reference c : cited) {
      if (FootnoteCitations.fullCitation(c.raw()) && c.title() != null && c.year() != null
          && !printedAgain(all, c.raw())
          && listed.stream().noneMatch(l -> pointsTo(c.raw(), l))) {
        out.add(c);
      }
    }
    return out;
  }

  /** The entries of the document's printed list (see {@link #fromDocument}); empty when it has none. */
  private List<Reference> listed(List<String> printedLines, List<String> bibliography) {
    Extracted printed = fromBody(printedLines);
    if (printed.heading() != null) {
      return printed.references();
    }
    if (!bibliography.isEmpty()) {
      return fromLines(bibliography);
    }
    List<String> headless = BibliographyLocator.headless(printedLines);
    return headless.isEmpty() ? List.of() : fromLines(headless);
  }

  /**
   * Whether a note's citation is part of the list printed again (a listed entry, or the piece of
   * one a page break left at the page's foot, which the layout took for a note): the list's letters
   * and digits (lower case) hold all of the citation's, at least {@value #SAME_MIN} of them.
   */
  static boolean printedAgain(String listLetters, String cited) {
    String c = letters(cited);
    return c.length() >= SAME_MIN && listLetters.contains(c);
  }

  /**
   * Whether a note's citation names a listed work: the entry's first author's family name and its
   * year both stand in the citation as words ("Krücken 2011: 108f." for "Krücken, Georg. (2011).
   * Soziologische Zugänge …").
   */
  static boolean pointsTo(String cited, Reference listed) {
    if (cited == null || listed.year() == null || listed.authors().isEmpty()) {
      return false;
    }
    String family = listed.authors().getFirst().family();
    return family != null && family.length() >= 2 && word(cited, listed.year()) && word(cited, family);
  }

  private static boolean word(String text, String w) {
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(text).find();
  }

  private static String letters(String s) {
    return s == null ? "" : s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }

  /** The entries of a bibliography a layout reader already set apart (its lines, heading left out). */
  public List<Reference> fromLines(List<String> bibliographyLines) {
    return parseAll(EntrySegmenter.trimTail(EntrySegmenter.segment(bibliographyLines)));
  }

  /** The references cited in footnote texts (one footnote's text each, labels removed). */
  public List<Reference> fromFootnotes(List<String> footnotes) {
    return parseAll(FootnoteCitations.citations(footnotes));
  }

  /** The references cited in footnotes found in plain page text (see {@link FootnoteCitations#footnotesInText}). */
  public List<Reference> fromFootnotesInText(List<String> paragraphs) {
    return fromFootnotes(FootnoteCitations.footnotesInText(paragraphs));
  }

  /** Each entry string parsed. */
  public List<Reference> parseAll(List<String> entries) {
    return entries.stream().map(parser::parse).toList();
  }
}
