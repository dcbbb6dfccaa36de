package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved reading lists on disk: ids, round trips, refinement in place. */
class SavedListsTest {
  @TempDir
  Path dir;

  private static ReadingList list(String topic) {
    ListItem item = new ListItem(7, "Заголовок", List.of("Иванов И.И."), 2020, "Журнал", "ru",
        "it", "cc-by", null, 1.5, List.of("алгоритм"), "Алгоритм строит расписание.", List.of(3L), 0);
    return new ReadingList(null, topic, "ru", new Limits(2010, null, List.of("it"), List.of(),
        true, 20), Refinements.NONE.with(Refinements.Action.REMOVE, 9), List.of(item),
        List.of(new ReadingList.Subtopic("алгоритм, расписание", 1)));
  }

  @Test
  void aSavedListComesBackWholeUnderItsIdAfterReopening() {
    ReadingList saved = new SavedLists(dir).create(list("расписание"));
    assertThat(saved.id()).matches(SavedLists.ID);
    ReadingList read = new SavedLists(dir).get(saved.id()).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.refinements().removed()).containsExactly(9L);
  }

  @Test
  void replacingKeepsTheIdAndChangesTheContent() {
    SavedLists lists = new SavedLists(dir);
    ReadingList saved = lists.create(list("первая"));
    lists.replace(list("вторая").withId(saved.id()));
    assertThat(lists.get(saved.id()).orElseThrow().topic()).isEqualTo("вторая");
  }

  @Test
  void unknownOrMalformedIdsFindNothing() {
    SavedLists lists = new SavedLists(dir);
    assertThat(lists.get("abcdefghijkm")).isEmpty();
    assertThat(lists.get("../../etc/passwd")).isEmpty();
    assertThat(lists.get(null)).isEmpty();
  }
}
