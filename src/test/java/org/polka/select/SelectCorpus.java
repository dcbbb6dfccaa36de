package org.polka.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polka.Library;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Origin;
import org.polka.article.Reference;
import org.polka.article.Section;
import org.polka.catalog.Catalog;
import org.polka.catalog.StoredArticle;

/**
 * A small real library for the selection tests: Russian scheduling and chemistry articles, English
 * machine-learning and history articles, a bilingual Russian article with English keywords, a
 * translation pair and a duplicate from another source. Ids are looked up by a short name.
 */
public final class SelectCorpus {
  private final Library library;
  private final Map<String, Long> ids = new LinkedHashMap<>();

  /** Adds the articles to the library and commits. */
  public SelectCorpus(Library library) {
    this.library = library;
    ru("ga1", "Генетический алгоритм составления расписания производства", 2015, "it",
        "Генетический алгоритм строит расписание производства. Мутация и скрещивание улучшают "
            + "расписание станков. Популяция решений эволюционирует.", List.of("генетический алгоритм"));
    ru("ga2", "Генетические алгоритмы в задачах планирования", 2016, "it",
        "Предложен генетический алгоритм планирования. Расписание заданий оптимизируется "
            + "эволюционным поиском и мутацией.", List.of("генетический алгоритм", "планирование"));
    ru("ga3", "Эволюционный поиск расписания для многопроцессорных систем", 2018, "it",
        "Эволюционный поиск и генетический алгоритм распределяют задания по процессорам. "
            + "Расписание сокращает время выполнения.", List.of("расписание"));
    ru("ga4", "Муравьиный алгоритм планирования расписания", 2019, "it",
        "Муравьиный алгоритм строит расписание работ. Феромон направляет поиск расписания.",
        List.of("планирование"));
    ru("chem1", "Синтез полимеров при высоком давлении", 2017, "chemistry",
        "Синтез полимеров изучен при высоком давлении. Катализатор ускоряет полимеризацию.",
        List.of("полимеры"));
    ru("chem2", "Катализаторы полимеризации этилена", 2012, "chemistry",
        "Катализаторы полимеризации этилена повышают выход полимера. Давление и температура "
            + "влияют на синтез.", List.of("катализатор"));
    en("ml1", "Neural networks for image classification", 2020, "Computer Science",
        "Deep neural networks classify images. Convolutional layers learn features from pixels.");
    en("ml2", "Training neural networks with small data", 2021, "Computer Science",
        "Neural networks overfit small training data. Augmentation and regularization help "
            + "networks generalize.");
    en("ml3", "Recurrent neural networks for speech", 2019, "Computer Science",
        "Recurrent neural networks model speech sequences. Training uses backpropagation through time.");
    en("hist1", "The Hanseatic trade in the fourteenth century", 2010, "History",
        "Merchants of the Hanseatic League traded grain and furs along the Baltic coast.");
    add("bi", Article.builder().title("Нейронные сети для распознавания речи").language("ru")
        .published("2020").discipline("it").license("cc-by").addAuthor(Author.named("Сидоров С.С."))
        .addAbstract(new Abstract("ru", "Нейронные сети распознают речь. Обучение сети "
            + "использует рекуррентные слои."))
        .addAbstract(new Abstract("en", "Neural networks recognise speech. Training uses "
            + "recurrent layers."))
        .keywords(List.of("нейронные сети", "распознавание речи", "neural networks",
            "speech recognition"))
        .origin(new Origin("test", "bi", null)).build());
    ru("nn-ru", "Обучение нейронных сетей распознаванию речи дикторов", 2022, "it",
        "Нейронные сети обучены распознаванию речи дикторов. Рекуррентные слои сети "
            + "улучшают распознавание.", List.of("нейронные сети"));
    add("trans-ru", Article.builder().title("Оценка водных ресурсов бассейна реки").language("ru")
        .published("2014").discipline("geography").addAuthor(Author.named("Рашидов Бахтиёр"))
        .addAuthor(Author.named("Каримова Нилуфар"))
        .addAbstract(new Abstract("ru", "Водные ресурсы бассейна реки оценены по данным стока."))
        .origin(new Origin("test", "trans-ru", null)).build());
    add("trans-en", Article.builder().title("Assessment of river basin water resources")
        .language("en").published("2014").discipline("geography")
        .addAuthor(Author.named("Rashidov Bakhtiyor")).addAuthor(Author.named("Karimova Nilufar"))
        .addAbstract(new Abstract("en", "Water resources of the river basin are assessed from "
            + "runoff data."))
        .origin(new Origin("other", "trans-en", null)).build());
    add("dup", Article.builder().title("Генетический алгоритм составления расписания производства")
        .language("ru").published("2015").discipline("it").addAuthor(Author.named("Иванов И.И."))
        .addAbstract(new Abstract("ru", "Генетический алгоритм строит расписание производства."))
        .addReference(Reference.raw("Иванов И.И. Генетические алгоритмы в задачах планирования // "
            + "Труды. 2016."))
        .origin(new Origin("mirror", "dup", null)).build());
    library.index().commit();
  }

  /** The id of the article added under this short name. */
  public long id(String name) {
    return ids.get(name);
  }

  private void ru(String name, String title, int year, String discipline, String text,
      List<String> keywords) {
    add(name, Article.builder().title(title).language("ru").published(Integer.toString(year))
        .discipline(discipline).license(year % 2 == 0 ? "cc-by" : "all rights reserved")
        .addAuthor(Author.named("Иванов И.И.")).addAbstract(new Abstract("ru", text))
        .keywords(keywords).addSection(new Section(null, null, List.of(text)))
        .origin(new Origin("test", name, null)).build());
  }

  private void en(String name, String title, int year, String discipline, String text) {
    add(name, Article.builder().title(title).language("en").published(Integer.toString(year))
        .discipline(discipline).license("cc-by").addAuthor(Author.named("Jane Smith"))
        .addAbstract(new Abstract("en", text)).origin(new Origin("test", name, null)).build());
  }

  private void add(String name, Article article) {
    List<StoredArticle> stored = new ArrayList<>();
    library.catalog().put(List.of(new Catalog.Incoming(article, null, null)))
        .forEach(r -> stored.add(r.stored()));
    library.index().add(stored);
    ids.put(name, stored.get(0).id());
  }
}
