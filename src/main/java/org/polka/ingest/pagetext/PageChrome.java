package org.polka.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Abstract;
import org.polka.article.Author;
import org.polka.ingest.Languages;

/**
 * The page furniture of a CyberLeninka article page saved as text, and the article text it frames.
 *
 * <p>The page starts with chrome in Russian (title line, discipline, licence, view and download
 * counters, keywords, abstract, advertising lines); the line "Текст научной работы на тему «…»"
 * introduces the article text, which runs to the end of the page.
 *
 * @param authors the authors the abstract heading names ("автор научной работы — Rashidov Bakhtier"),
 *     family name first as the page prints them
 * @param text the article text lines, chrome lines removed
 */
record PageChrome(String title, String discipline, String license, Integer views, Integer downloads,
    List<String> keywords, List<Abstract> abstracts, List<Author> authors, String url,
    List<String> text) {

  private static final Pattern TITLE_LINE = Pattern.compile("^Научная статья на тему\\s*['«\"](.+)['»\"]\\s*$");
  private static final Pattern DISCIPLINE =
      Pattern.compile("^(.*?)\\s*Текст научной статьи по специальности\\s*«(.+?)»\\s*$");
  private static final Pattern LICENSE = Pattern.compile("^(CC[ -]?(?:BY|0)(?:[ -](?:NC|SA|ND))*(?: \\d\\.\\d)?)$");
  private static final Pattern COUNT = Pattern.compile("^\\d{1,9}$");
  private static final Pattern URL =
      Pattern.compile("https?://cyberleninka\\.ru/article/n/([\\p{L}\\d-]+)");
  private static final String TEXT_START = "Текст научной работы на тему";
  private static final String ABSTRACT_START = "Аннотация научной статьи";
  private static final Pattern ABSTRACT_AUTHORS = Pattern.compile("автор(?:ы)? научной работы\\s*[—–-]\\s*(.+)$");

  /** Whether a line is injected page chrome (advertising, service links, block headings). */
  static boolean isChrome(String line) {
    return line.contains("Надоели баннеры") || line.contains("сервис подбора литературы")
        || line.equals("Ключевые слова") || line.startsWith(TEXT_START)
        || line.startsWith("Похожие темы научных работ");
  }

  /** Splits the page's non-blank lines into chrome fields and article text. */
  static PageChrome parse(List<String> lines) {
    int start = indexOfTextStart(lines);
    List<String> head = start < 0 ? lines : lines.subList(0, start);
    List<String> text = (start < 0 ? lines : lines.subList(start + 1, lines.size())).stream()
        .filter(l -> !isChrome(l)).toList();
    var fields = new HeadFields();
    fields.read(head);
    return new PageChrome(fields.title, fields.discipline, fields.license, fields.views,
        fields.downloads, fields.keywords, fields.abstracts, fields.authors, findUrl(lines), text);
  }

  private static int indexOfTextStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(TEXT_START)) {
        return i;
      }
    }
    return -1;
  }

  private static String findUrl(List<String> lines) {
    for (String line : lines) {
      Matcher m = URL.matcher(line);
      if (m.find()) {
        return m.group();
      }
    }
    return null;
  }

  /** The slug in a CyberLeninka article URL, or null. */
  static String slugOf(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL.matcher(url);
    return m.find() ? m.group(1) : null;
  }

  /** The chrome fields, filled line by line from the page head. */
  private static final class HeadFields {
    String title;
    String discipline;
    String license;
    Integer views;
    Integer downloads;
    List<String> keywords = new ArrayList<>();
    List<Abstract> abstracts = new ArrayList<>();
    List<Author> authors = new ArrayList<>();

    void read(List<String> head) {
      boolean countsAllowed = false;
      for (int i = 0; i < head.size(); i++) {
        String line = head.get(i);
        if (isChrome(line) && !line.equals("Ключевые слова")) {
          continue;
        }
        Matcher t = TITLE_LINE.matcher(line);
        Matcher d = DISCIPLINE.matcher(line);
        if (t.matches()) {
          title = t.group(1).strip();
        } else if (d.matches()) {
          discipline = d.group(2).strip();
          if (title == null && !d.group(1).isBlank()) {
            title = d.group(1).strip();
          }
          countsAllowed = true;
        } else if (LICENSE.matcher(line).matches()) {
          license = line;
          countsAllowed = true;
        } else if (countsAllowed && COUNT.matcher(line).matches()) {
          countsAllowed = count(Integer.parseInt(line));
        } else if (line.equals("Ключевые слова") && i + 1 < head.size() && !isChrome(head.get(i + 1))) {
          keywords = List.of(head.get(++i).split("\\s+/\\s+"));
        } else if (line.startsWith(ABSTRACT_START)) {
          readAuthors(line);
          i = readAbstract(head, i + 1) - 1;
        } else {
          countsAllowed = false;
        }
      }
    }

    private boolean count(int value) {
      if (views == null) {
        views = value;
        return true;
      }
      downloads = value;
      return false;
    }

    private void readAuthors(String line) {
      Matcher m = ABSTRACT_AUTHORS.matcher(line);
      if (!m.find()) {
        return;
      }
      for (String name : m.group(1).split("\\s*,\\s*")) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
          authors.add(Author.named(name.strip()));
          continue;
        }
        String given = String.join(" ", List.of(words).subList(1, words.length));
        authors.add(new Author(given + " " + words[0], given, words[0], List.of(), null, null));
      }
    }

    /** Reads abstract lines from {@code from}; a change of language starts a new abstract. */
    private int readAbstract(List<String> head, int from) {
      int i = from;
      for (; i < head.size(); i++) {
        String line = head.get(i);
        if (isChrome(line) || line.startsWith(ABSTRACT_START) || LICENSE.matcher(line).matches()) {
          break;
        }
        String language = Languages.guess(line);
        Abstract last = abstracts.isEmpty() || i == from ? null : abstracts.getLast();
        if (last != null && java.util.Objects.equals(last.language(), language)) {
          abstracts.set(abstracts.size() - 1, new Abstract(language, last.text() + "\n" + line));
        } else {
          abstracts.add(new Abstract(language, line));
        }
      }
      return i;
    }
  }
}
