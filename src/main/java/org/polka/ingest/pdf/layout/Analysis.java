package org.polka.ingest.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.polka.article.Footnote;
import org.polka.ingest.header.HeaderLine;
import org.polka.ingest.repair.Lexicon;

/**
 * The reading of one article's pages (furniture already marked): reading order, footnotes, other
 * articles' text, headings, the head before the body, the bibliography, then sections of
 * paragraphs.
 */
final class Analysis {
  private static final Pattern BODY_START_AFTER = Pattern.compile(
      "(?iu)^(keywords|key words|key-words|jel|schlüsselwörter|schlagwörter|ключевые слова)\\b.*");
  private static final int FRONT_PAGES = 3;
  private static final int MIN_TEXT_BEFORE_BODY = 3;

  private final List<Page> pages;
  private final Lexicon lexicon;
  private final float bodySize;
  private final boolean bodyBold;
  private final List<List<Line>> ordered = new ArrayList<>();
  private final List<Line> stream = new ArrayList<>();
  private final Footnotes footnotes;

  Analysis(List<Page> pages, Lexicon lexicon) {
    this.pages = pages;
    this.lexicon = lexicon;
    Map<Float, Integer> sizes = new HashMap<>();
    int bold = 0;
    int all = 0;
    for (Page p : pages) {
      for (Line l : p.lines()) {
        if (l.kind == Kind.BODY) {
          sizes.merge(l.size, l.text.length(), Integer::sum);
          bold += l.bold ? l.text.length() : 0;
          all += l.text.length();
        }
      }
    }
    bodySize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(10f);
    bodyBold = bold * 2 > all;
    footnotes = new Footnotes(bodySize);
  }

  Layout layout() {
    for (Page p : pages) {
      List<Line> order = ReadingOrder.order(p.lines().stream()
          .filter(l -> l.kind == Kind.BODY).toList());
      footnotes.mark(order);
      ordered.add(order);
      order.stream().filter(l -> l.kind == Kind.BODY).forEach(stream::add);
    }
    if (pages.isEmpty()) {
      return Assembly.empty();
    }
    int first = stream.isEmpty() ? pages.getFirst().number() : stream.getFirst().page;
    Boundaries.mark(stream, bodySize, first, pages.getLast().number());
    List<Line> text = stream.stream().filter(l -> l.kind == Kind.BODY).toList();
    TextFlow flow = new TextFlow(text, bodySize);
    markHeadings(text, flow);
    int bodyStart = bodyStart(text, flow, first);
    text.subList(0, bodyStart).stream().filter(l -> l.page < first + FRONT_PAGES)
        .forEach(l -> l.kind = Kind.FRONT);
    markBibliography(text, bodyStart);
    return new Assembly(flow, notes(), lexicon).build(text, headerLines(first), labelled(),
        pages.getFirst().number(), pages.getLast().number());
  }

  private void markHeadings(List<Line> text, TextFlow flow) {
    Line prev = null;
    for (int i = 0; i < text.size(); i++) {
      Line l = text.get(i);
      boolean hasNext = i + 1 < text.size();
      if (hasNext && Headings.isHeading(l, flow.apart(prev, l), bodySize, bodyBold)
          && !startsLowerAfter(text, i)) {
        l.kind = Kind.HEADING;
      }
      prev = l;
    }
  }

  private static boolean startsLowerAfter(List<Line> text, int i) {
    Line next = text.get(i + 1);
    return next.kind == Kind.BODY && TextFlow.startsLower(next.text) && next.page == text.get(i).page
        && next.size == text.get(i).size && next.bold == text.get(i).bold;
  }

  /** The index of the first line of the body: the first heading that is not the abstract's. */
  private int bodyStart(List<Line> text, TextFlow flow, int first) {
    int limit = first + FRONT_PAGES;
    int afterKeywords = -1;
    int textBefore = 0;
    for (int i = 0; i < text.size() && text.get(i).page < limit; i++) {
      Line l = text.get(i);
      if (l.kind == Kind.HEADING && !Headings.isFrontOnly(l.text)
          && (textBefore >= MIN_TEXT_BEFORE_BODY || Headings.opensBody(l.text))) {
        return i;
      }
      textBefore += l.kind == Kind.BODY ? 1 : 0;
      if (afterKeywords < 0 && BODY_START_AFTER.matcher(l.text).matches()) {
        afterKeywords = i;
      }
    }
    if (afterKeywords >= 0) {
      int i = afterKeywords + 1;
      while (i < text.size() && !flow.breaksBefore(text.get(i - 1), text.get(i))) {
        i++;
      }
      return Math.min(i, text.size());
    }
    int i = 0;
    while (i < text.size() && (text.get(i).kind == Kind.HEADING || text.get(i).size > bodySize + 0.6f)) {
      i++;
    }
    return i;
  }

  private void markBibliography(List<Line> text, int bodyStart) {
    boolean in = false;
    for (int i = bodyStart; i < text.size(); i++) {
      Line l = text.get(i);
      if (!in && Headings.isBibliography(l.text) && (l.kind == Kind.HEADING || l.bold || l.size > bodySize)) {
        in = true;
        l.kind = Kind.BIBLIOGRAPHY;
      } else if (in && l.kind == Kind.HEADING && Headings.isAppendix(l.text)) {
        in = false;
      } else if (in) {
        l.kind = Kind.BIBLIOGRAPHY;
      }
    }
  }

  private List<Footnote> notes() {
    return footnotes.notes().stream()
        .map(n -> new Footnote(n.label, n.lines.stream().reduce("", TextFlow::join).strip()))
        .toList();
  }

  /**
   * The lines of the first page with text (and the head's on later pages), in reading order, with
   * typography. A leading page without a text layer (a scanned cover) does not hide the head.
   */
  private List<HeaderLine> headerLines(int first) {
    List<HeaderLine> out = new ArrayList<>();
    for (List<Line> page : ordered) {
      Line prev = null;
      for (Line l : page) {
        boolean wanted = l.kind != Kind.OTHER_ARTICLE
            && (l.page == first || l.kind == Kind.FRONT);
        if (wanted) {
          double gap = prev == null ? 0 : Math.max(0, l.top - prev.baseline);
          out.add(new HeaderLine(l.text, l.size, l.bold, l.italic, l.page, gap));
        }
        prev = l;
      }
    }
    return out;
  }

  private List<Layout.LabelledLine> labelled() {
    List<Layout.LabelledLine> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      List<Line> furniture = p.lines().stream().filter(l -> l.kind == Kind.RUNNING_HEAD
          || l.kind == Kind.PAGE_NUMBER).sorted((a, b) -> Float.compare(a.baseline, b.baseline)).toList();
      float middle = p.height() / 2;
      furniture.stream().filter(l -> l.baseline < middle)
          .forEach(l -> out.add(new Layout.LabelledLine(l.text, l.page, l.kind)));
      ordered.get(i).forEach(l -> out.add(new Layout.LabelledLine(l.text, l.page, l.kind)));
      furniture.stream().filter(l -> l.baseline >= middle)
          .forEach(l -> out.add(new Layout.LabelledLine(l.text, l.page, l.kind)));
    }
    return out;
  }
}
