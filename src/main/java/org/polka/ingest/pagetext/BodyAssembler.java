package org.polka.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.polka.ingest.repair.LetterSpacing;

/**
 * The assembly of article text lines into sections of paragraphs and a list of footnotes.
 *
 * <p>Each input line is a paragraph as the page shows it. A paragraph that stops mid-sentence at a
 * page break is joined with the next paragraph line, skipping the footnotes printed between them;
 * a footnote is a line "N text" whose label follows the previous footnote's and whose marker N
 * stands glued to a word or punctuation in the body before it ("istorii”1", "Cooperation4").
 */
final class BodyAssembler {
  private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
  private static final Pattern TERMINAL = Pattern.compile("[.!?…:;][\"”’»)\\]]*\\d{0,3}$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\(?\\d{1,3}[).]\\s.*");
  private static final int MAX_HEADING_LENGTH = 100;
  private static final int MAX_HEADING_WORDS = 12;

  private final List<Section> sections = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final StringBuilder bodySoFar = new StringBuilder();
  private String sectionTitle;
  private List<StringBuilder> paragraphs = new ArrayList<>();
  private int lastLabel;
  private boolean lastWasFootnote;

  /** The assembled body: sections, footnotes, and warnings about what could not be decided. */
  record Body(List<Section> sections, List<Footnote> footnotes, List<String> warnings) {}

  /** Assembles the given text lines (blank lines and page chrome already removed). */
  static Body assemble(List<String> lines) {
    var assembler = new BodyAssembler();
    lines.forEach(assembler::accept);
    assembler.flushSection();
    return new Body(List.copyOf(assembler.sections), List.copyOf(assembler.footnotes),
        List.copyOf(assembler.warnings));
  }

  private void accept(String line) {
    Matcher fm = FOOTNOTE.matcher(line);
    if (fm.matches() && isNextFootnote(Integer.parseInt(fm.group(1)))) {
      lastLabel = Integer.parseInt(fm.group(1));
      footnotes.add(new Footnote(fm.group(1), fm.group(2).strip()));
      lastWasFootnote = true;
      return;
    }
    if (lastWasFootnote && continuesFootnote(line)) {
      Footnote last = footnotes.removeLast();
      footnotes.add(new Footnote(last.label(), joinLines(last.text(), line)));
      return;
    }
    lastWasFootnote = false;
    String collapsed = LetterSpacing.collapse(line);
    if (isHeading(collapsed)) {
      flushSection();
      sectionTitle = collapsed.strip();
      return;
    }
    StringBuilder last = paragraphs.isEmpty() ? null : paragraphs.getLast();
    if (last != null && continuesParagraph(last.toString(), line)) {
      String joined = joinLines(last.toString(), line);
      last.setLength(0);
      last.append(joined);
    } else {
      warnIfCut(last);
      paragraphs.add(new StringBuilder(line.strip()));
    }
    bodySoFar.append(' ').append(line);
  }

  private boolean isNextFootnote(int label) {
    if (label <= lastLabel || label > lastLabel + 3) {
      return false;
    }
    Pattern marker = Pattern.compile("[\\p{L}.,;:!?)\\]”’\"'»]" + label + "(?!\\d)");
    return marker.matcher(bodySoFar).find();
  }

  private boolean continuesFootnote(String line) {
    String note = footnotes.getLast().text();
    boolean bodyOpen = !paragraphs.isEmpty() && !isTerminal(paragraphs.getLast().toString());
    return !isTerminal(note) && !bodyOpen && !Character.isUpperCase(line.codePointAt(0));
  }

  private static boolean continuesParagraph(String previous, String line) {
    if (isTerminal(previous)) {
      return false;
    }
    char end = previous.charAt(previous.length() - 1);
    return Character.isLowerCase(line.codePointAt(0)) || end == '-' || end == ',' || end == '“';
  }

  private void warnIfCut(StringBuilder last) {
    if (last != null && !isTerminal(last.toString())) {
      String text = last.toString();
      warnings.add("paragraph ends without punctuation, maybe cut at a page break: …"
          + text.substring(Math.max(0, text.length() - 40)));
    }
  }

  /** Whether a line is a section heading: short, capitalised, without closing punctuation. */
  static boolean isHeading(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_HEADING_LENGTH || s.split("\\s+").length > MAX_HEADING_WORDS) {
      return false;
    }
    char end = s.charAt(s.length() - 1);
    return Character.isUpperCase(s.codePointAt(0)) && ".,;:-–—".indexOf(end) < 0
        && !LIST_ITEM.matcher(s).matches();
  }

  static boolean isTerminal(String text) {
    return TERMINAL.matcher(text.strip()).find();
  }

  private static String joinLines(String previous, String next) {
    String glue = previous.endsWith("-") ? "" : " ";
    return previous.strip() + glue + next.strip();
  }

  private void flushSection() {
    if (sectionTitle != null || !paragraphs.isEmpty()) {
      List<String> texts = paragraphs.stream().map(StringBuilder::toString).toList();
      sections.add(new Section(sectionTitle, sectionTitle == null ? null : 1, texts));
    }
    sectionTitle = null;
    paragraphs = new ArrayList<>();
  }
}
