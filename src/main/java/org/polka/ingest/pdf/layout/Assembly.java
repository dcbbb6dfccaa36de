package org.polka.ingest.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.polka.ingest.header.HeaderLine;
import org.polka.ingest.repair.Dehyphenator;
import org.polka.ingest.repair.GluedWords;
import org.polka.ingest.repair.Lexicon;

/**
 * The assembly of the classified lines into sections of paragraphs, rejoined across columns and
 * pages, then repaired: glued words split and line-end hyphens removed where the word was broken.
 */
final class Assembly {
  private static final int MAX_GUESSES_SHOWN = 12;

  private final TextFlow flow;
  private final List<Footnote> notes;
  private final Lexicon lexicon;
  private final List<Section> sections = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private String title;
  private Integer level;
  private List<String> paragraphs = new ArrayList<>();

  Assembly(TextFlow flow, List<Footnote> notes, Lexicon lexicon) {
    this.flow = flow;
    this.notes = notes;
    this.lexicon = lexicon;
  }

  static Layout empty() {
    return new Layout(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0,
        List.of());
  }

  Layout build(List<Line> text, List<HeaderLine> header, List<Layout.LabelledLine> labelled,
      int firstPage, int lastPage) {
    List<String> bibliography = new ArrayList<>();
    List<String> bodyLines = new ArrayList<>();
    Line prev = null;
    Line prevHeading = null;
    for (Line l : text) {
      switch (l.kind) {
        case HEADING -> {
          boolean continued = prevHeading != null && prev == prevHeading && l.page == prev.page
              && l.size == prev.size && l.bold == prev.bold
              && l.baseline - prev.baseline < 1.6f * flow.lineSpacing()
              && !l.text.matches("^\\d.*");
          if (continued) {
            title = title + " " + l.text;
          } else {
            flushSection();
            title = l.text;
            level = Headings.level(l.text);
          }
          prevHeading = l;
          bodyLines.add(l.text);
        }
        case BODY -> {
          if (prev == null || prev.kind != Kind.BODY || flow.breaksBefore(prev, l)) {
            paragraphs.add(l.text);
          } else {
            paragraphs.set(paragraphs.size() - 1, TextFlow.join(paragraphs.getLast(), l.text));
          }
          bodyLines.add(l.text);
        }
        case BIBLIOGRAPHY -> {
          if (!Headings.isBibliography(l.text) || !bibliography.isEmpty()) {
            bibliography.add(l.text);
          }
          bodyLines.add(l.text);
        }
        default -> { }
      }
      if (l.kind == Kind.BODY || l.kind == Kind.HEADING) {
        prev = l;
      }
    }
    flushSection();
    return repaired(header, bibliography, bodyLines, labelled, firstPage, lastPage);
  }

  private void flushSection() {
    if (title != null || !paragraphs.isEmpty()) {
      sections.add(new Section(title, title == null ? null : level, paragraphs));
    }
    title = null;
    level = null;
    paragraphs = new ArrayList<>();
  }

  private Layout repaired(List<HeaderLine> header, List<String> bibliography,
      List<String> bodyLines, List<Layout.LabelledLine> labelled, int firstPage, int lastPage) {
    String all = String.join("\n", Stream.concat(
        sections.stream().flatMap(s -> s.paragraphs().stream()),
        notes.stream().map(Footnote::text)).map(GluedWords::repair).toList());
    Dehyphenator dehyphenator = Dehyphenator.learnFrom(all, lexicon);
    List<Section> fixed = sections.stream()
        .map(s -> new Section(s.title(), s.level(), s.paragraphs().stream()
            .map(p -> dehyphenator.repairLineEnds(GluedWords.repair(p))).toList()))
        .toList();
    List<Footnote> fixedNotes = notes.stream()
        .map(n -> new Footnote(n.label(), dehyphenator.repairLineEnds(GluedWords.repair(n.text())))).toList();
    List<String> guesses = dehyphenator.guesses();
    if (!guesses.isEmpty()) {
      warnings.add("line-end hyphens decided without the text's support: "
          + String.join(", ", guesses.subList(0, Math.min(MAX_GUESSES_SHOWN, guesses.size())))
          + (guesses.size() > MAX_GUESSES_SHOWN ? " and " + (guesses.size() - MAX_GUESSES_SHOWN) + " more" : ""));
    }
    warnUnlinked(fixed, fixedNotes);
    return new Layout(header, fixed, fixedNotes, bibliography, bodyLines, labelled, firstPage,
        lastPage, warnings);
  }

  private void warnUnlinked(List<Section> body, List<Footnote> footnotes) {
    String text = String.join("\n", body.stream().flatMap(s -> s.paragraphs().stream()).toList());
    List<String> unlinked = footnotes.stream().map(Footnote::label)
        .filter(label -> !label.isEmpty() && !Pattern.compile(
            "[\\p{L}\\p{N}.,;:!?)\\]”’\"'»*]" + Pattern.quote(label) + "(?!\\d)").matcher(text).find())
        .toList();
    if (!unlinked.isEmpty()) {
      warnings.add("footnotes whose marker was not found in the text: " + String.join(", ", unlinked));
    }
  }
}
