package org.polka.eval.extraction;

import java.util.List;

/**
 * The scores of one dataset: per-field counts, the fields whose micro-average is printed as a
 * last row (none when empty), and free-text notes (documents read, problems met).
 */
public record DatasetResult(String name, Scores scores, List<String> microFields,
    List<String> notes) {

  public DatasetResult {
    microFields = List.copyOf(microFields);
    notes = List.copyOf(notes);
  }

  /** The printed table, notes first. */
  public String render() {
    StringBuilder out = new StringBuilder("== " + name + " ==\n");
    notes.forEach(n -> out.append(n).append('\n'));
    FieldCounts micro = microFields.isEmpty() ? null : scores.micro(microFields);
    return out.append(Table.render(scores, "all fields (micro)", micro)).toString();
  }
}
