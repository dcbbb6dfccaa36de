package org.polka.select;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Saved reading lists: one JSON file per list under the library's {@code lists/} folder, named by
 * the list's id, so a list keeps its URL ({@code /select/{id}}) across restarts and refinements.
 */
public final class SavedLists {
  /** What a list id looks like: 12 lower-case letters and digits. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]{12}");
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final Path folder;
  private final SecureRandom random = new SecureRandom();
  private final ObjectMapper json = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public SavedLists(Path folder) {
    this.folder = folder;
  }

  /** Saves a new list under a fresh id and returns it with that id. */
  public ReadingList create(ReadingList list) {
    String id;
    do {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      id = b.toString();
    } while (Files.exists(file(id)));
    return replace(list.withId(id));
  }

  /** Saves a list over the one with its id (after a refinement). */
  public ReadingList replace(ReadingList list) {
    try {
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, list.id(), ".tmp");
      json.writeValue(tmp.toFile(), list);
      Files.move(tmp, file(list.id()), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save reading list " + list.id(), e);
    }
  }

  /** The saved list with this id, if any (ids that are not of the saved form find nothing). */
  public Optional<ReadingList> get(String id) {
    if (id == null || !ID.matcher(id).matches() || !Files.isRegularFile(file(id))) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(file(id).toFile(), ReadingList.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reading list " + id, e);
    }
  }

  private Path file(String id) {
    return folder.resolve(id + ".json");
  }
}
