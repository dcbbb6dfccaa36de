package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.SharedData;
import org.polka.ingest.Extractor;
import org.polka.ingest.Readers;

class SeedPageEvalTest {

  @Test
  void seedPageScoresFullMarksOnItsHeaderFieldsAndCounters() throws Exception {
    Path samples = SharedData.require("samples/cyberleninka");
    DatasetResult result;
    try (Extractor extractor = new Extractor(Readers.all(), Duration.ofSeconds(60))) {
      result = new SeedPages(samples).run(extractor);
    }
    assertThat(result.notes()).noneMatch(n -> n.startsWith("problem"));
    for (String field : SeedPages.HEADER) {
      FieldCounts c = result.scores().field(field);
      assertThat(c.expected()).as(field).isPositive();
      for (Matcher m : Matcher.values()) {
        assertThat(c.f1(m)).as(field + " " + m.label()).isEqualTo(1.0);
      }
    }
    assertThat(result.render()).contains("footnotes (by label)", "body must not contain");
  }

  @Test
  void missingDatasetsAreReportedAsSkipped(@TempDir Path empty) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<DatasetResult> results;
    try (Extractor extractor = new Extractor(Readers.all(), Duration.ofSeconds(60));
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      results = ExtractionEval.standard(empty, empty.resolve("no-samples")).run(extractor, out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(results).isEmpty();
    assertThat(printed.lines().filter(l -> l.startsWith("SKIPPED: ")).count()).isEqualTo(10);
    assertThat(printed).contains("no-samples missing", "ssoar-en-dev/pdf or /references-segmented missing",
        "grobid-annotations/citation missing");
  }
}
