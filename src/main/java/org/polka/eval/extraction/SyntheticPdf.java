package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Section;

/**
 * A typesetter of articles into PDFs with known answers: title, authors with superscript
 * affiliation markers, affiliations, abstract, keywords and the body's sections, in one of several
 * {@link Layout}s (one or two columns, running headers, footnotes, font sizes), with PDFBox's
 * standard fonts. Text those fonts cannot encode is simplified by {@link #printable}, which the
 * gold must go through too.
 */
final class SyntheticPdf {
  private static final float MARGIN = 56;
  private static final float GUTTER = 18;
  private static final PDRectangle PAGE = PDRectangle.A4;

  /** One way of setting an article. */
  record Layout(String name, int columns, float body, float title, FontName bodyFont,
      FontName titleFont, boolean runningHeader, boolean footnote, int maxPages) {}

  /** The layouts the synthetic dataset cycles through. */
  static final List<Layout> LAYOUTS = List.of(
      new Layout("one column, Times 10, title 18", 1, 10, 18, FontName.TIMES_ROMAN,
          FontName.HELVETICA_BOLD, false, false, 3),
      new Layout("two columns, Times 9, running header, footnote", 2, 9, 16, FontName.TIMES_ROMAN,
          FontName.TIMES_BOLD, true, true, 3),
      new Layout("one column, Helvetica 12, running header, footnote", 1, 12, 20,
          FontName.HELVETICA, FontName.HELVETICA_BOLD, true, true, 3),
      new Layout("two columns, Times 8, title 13", 2, 8, 13, FontName.TIMES_ROMAN,
          FontName.HELVETICA_BOLD, false, false, 3));

  private final Layout layout;
  private final PDFont regular;
  private final PDFont bold;
  private final PDFont italic;
  private final PDFont titleFont;
  private final List<String> sectionTitles = new ArrayList<>();
  private PDDocument doc;
  private PDPageContentStream out;
  private int page;
  private int column;
  private float y;
  private boolean full = true;
  private float bottom;
  private float columnTop;

  SyntheticPdf(Layout layout) {
    this.layout = layout;
    boolean times = layout.bodyFont() == FontName.TIMES_ROMAN;
    this.regular = new PDType1Font(layout.bodyFont());
    this.bold = new PDType1Font(times ? FontName.TIMES_BOLD : FontName.HELVETICA_BOLD);
    this.italic = new PDType1Font(times ? FontName.TIMES_ITALIC : FontName.HELVETICA_OBLIQUE);
    this.titleFont = new PDType1Font(layout.titleFont());
  }

  /** Text as the standard fonts can print it: accents folded, other unencodable characters dropped. */
  static String printable(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    folded.codePoints().forEach(c -> {
      if (c >= 0x20 && c < 0x7f || "–—‘’“”•…".indexOf(c) >= 0) {
        out.appendCodePoint(c);
      } else if (Character.isWhitespace(c)) {
        out.append(' ');
      }
    });
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** Sets the article into the file; returns the section titles that fitted in the pages. */
  List<String> write(Article a, Path file) throws IOException {
    try (PDDocument d = new PDDocument()) {
      doc = d;
      newPage();
      header(a);
      body(a);
      out.close();
      d.save(file.toFile());
    }
    return List.copyOf(sectionTitles);
  }

  private void header(Article a) throws IOException {
    full = true;
    paragraph(printable(a.title()), titleFont, layout.title(), 6);
    Map<String, Integer> affs = new LinkedHashMap<>();
    a.authors().forEach(au -> au.affiliations().forEach(f -> affs.putIfAbsent(f, affs.size() + 1)));
    authors(a.authors(), affs);
    for (Map.Entry<String, Integer> f : affs.entrySet()) {
      paragraph(f.getValue() + " " + printable(f.getKey()), italic, layout.body() - 1, 1);
    }
    y -= layout.body();
    if (a.mainAbstract() != null) {
      paragraph("Abstract", bold, layout.body() + 1, 2);
      paragraph(printable(a.mainAbstract()), regular, layout.body(), 4);
    }
    if (!a.keywords().isEmpty()) {
      paragraph("Keywords: " + printable(String.join(", ", a.keywords())), regular, layout.body(), 6);
    }
    if (layout.footnote()) {
      String mail = a.authors().stream().map(Author::email).filter(e -> e != null).findFirst()
          .orElse("editor@example.org");
      float size = layout.body() - 2;
      out.beginText();
      out.setFont(regular, size);
      out.newLineAtOffset(MARGIN, MARGIN);
      out.showText("* Corresponding author. E-mail: " + printable(mail));
      out.endText();
    }
    y -= layout.body();
    full = layout.columns() == 1;
    columnTop = y;
  }

  private void authors(List<Author> authors, Map<String, Integer> affs) throws IOException {
    float size = layout.body() + 1;
    float x = MARGIN;
    float width = PAGE.getWidth() - 2 * MARGIN;
    y -= size * 1.4f;
    out.beginText();
    out.newLineAtOffset(x, y);
    float used = 0;
    for (int i = 0; i < authors.size(); i++) {
      Author au = authors.get(i);
      String name = printable(au.given() == null ? au.name() : au.given() + " " + au.family());
      String marks = String.join(",", au.affiliations().stream().map(f -> "" + affs.get(f)).toList())
          + (i == 0 && layout.footnote() ? "*" : "");
      String sep = i == authors.size() - 1 ? "" : i == authors.size() - 2 ? " and " : ", ";
      float w = regular.getStringWidth(name + sep) / 1000 * size
          + regular.getStringWidth(marks) / 1000 * size * 0.6f;
      if (used + w > width && used > 0) {
        out.endText();
        y -= size * 1.4f;
        out.beginText();
        out.newLineAtOffset(x, y);
        used = 0;
      }
      out.setFont(regular, size);
      out.showText(name);
      if (!marks.isEmpty()) {
        out.setFont(regular, size * 0.6f);
        out.setTextRise(size * 0.35f);
        out.showText(marks);
        out.setTextRise(0);
      }
      out.setFont(regular, size);
      out.showText(sep);
      used += w;
    }
    out.endText();
    y -= size * 0.6f;
  }

  private void body(Article a) throws IOException {
    for (Section s : a.sections()) {
      if (page > layout.maxPages()) {
        return;
      }
      if (s.title() != null) {
        y -= layout.body() * 0.8f;
        paragraph(printable(s.title()), bold, layout.body() + 1, 2);
        if (page <= layout.maxPages()) {
          sectionTitles.add(printable(s.title()));
        }
      }
      for (String p : s.paragraphs()) {
        paragraph(printable(p), regular, layout.body(), 3);
      }
    }
  }

  /** Sets a paragraph, wrapping words to the column, with {@code after} points below it. */
  private void paragraph(String text, PDFont font, float size, float after) throws IOException {
    if (text == null || text.isEmpty() || page > layout.maxPages()) {
      return;
    }
    float width = full ? PAGE.getWidth() - 2 * MARGIN : columnWidth();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
        show(line.toString(), font, size);
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    show(line.toString(), font, size);
    y -= after;
  }

  private float columnWidth() {
    return (PAGE.getWidth() - 2 * MARGIN - GUTTER * (layout.columns() - 1)) / layout.columns();
  }

  private void show(String text, PDFont font, float size) throws IOException {
    float lead = size * 1.25f;
    if (y - lead < bottom) {
      nextColumn();
      if (page > layout.maxPages()) {
        return;
      }
    }
    y -= lead;
    float x = full ? MARGIN : MARGIN + column * (columnWidth() + GUTTER);
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }

  private void nextColumn() throws IOException {
    if (!full && column + 1 < layout.columns()) {
      column++;
      y = columnTop;
      return;
    }
    out.close();
    newPage();
  }

  private void newPage() throws IOException {
    page++;
    if (page > layout.maxPages()) {
      out = new PDPageContentStream(doc, new PDPage(PAGE));
      return;
    }
    PDPage p = new PDPage(PAGE);
    doc.addPage(p);
    out = new PDPageContentStream(doc, p);
    column = 0;
    y = top();
    columnTop = y;
    bottom = MARGIN + (page == 1 && layout.footnote() ? layout.body() * 2 : 0) + layout.body();
    if (layout.runningHeader()) {
      float size = layout.body() - 1;
      out.beginText();
      out.setFont(italic, size);
      out.newLineAtOffset(MARGIN, PAGE.getHeight() - MARGIN + size);
      out.showText("Synthetic Journal of Known Answers | " + (2010 + page) + " | Page " + page);
      out.endText();
      out.beginText();
      out.setFont(regular, size);
      out.newLineAtOffset(PAGE.getWidth() / 2, MARGIN / 2);
      out.showText(String.valueOf(page));
      out.endText();
    }
  }

  private float top() {
    return PAGE.getHeight() - MARGIN - (layout.runningHeader() ? layout.body() * 2 : 0);
  }
}
