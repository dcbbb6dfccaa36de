package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Reference;

class TaggerTrainingTest {
  private static final List<String> LINES = List.of(
      "<author>Smith, J.</author> (<date>2001</date>). <title>A study of rivers</title>. <journal>Water Journal</journal>, <volume>3</volume>, <pages>1-9</pages>.",
      "<author>Brown, K.</author> (<date>1999</date>). <title>Lakes and their fish</title>. <journal>Fish Review</journal>, <volume>12</volume>, <pages>40-55</pages>.",
      "<author>Green, L.</author> (<date>2010</date>). <title>On mountains</title>. <journal>Earth Letters</journal>, <volume>7</volume>, <pages>100-120</pages>.");

  @Test
  void aModelWrittenAndReadBackParsesWhatItWasTrainedOn() throws Exception {
    List<List<Segment>> examples = LINES.stream().map(TaggedLines::parse).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TaggerTraining.trainAndWrite(examples, 10, out);
    ReferenceParser parser = ReferenceParser.read(new ByteArrayInputStream(out.toByteArray()));
    Reference r = parser.parse("Brown, K. (1999). Lakes and their fish. Fish Review, 12, 40-55.");
    assertThat(r.title()).isEqualTo("Lakes and their fish");
    assertThat(r.container()).isEqualTo("Fish Review");
    assertThat(r.year()).isEqualTo("1999");
    assertThat(r.pages()).isEqualTo("40-55");
  }

  @Test
  void trainingIsDeterministic() throws Exception {
    List<List<Segment>> examples = LINES.stream().map(TaggedLines::parse).toList();
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    TaggerTraining.trainAndWrite(examples, 5, a);
    TaggerTraining.trainAndWrite(examples, 5, b);
    assertThat(Tagger.read(new ByteArrayInputStream(a.toByteArray())).tag(
        Features.of(Tokens.of("Smith, J. (2001). A study."))))
        .containsExactly(Tagger.read(new ByteArrayInputStream(b.toByteArray())).tag(
            Features.of(Tokens.of("Smith, J. (2001). A study."))));
  }

  @Test
  void taggedLinesKeepTheTextBetweenTags() {
    assertThat(TaggedLines.parse("<author>A. B.</author>, <date>2001</date>.")).containsExactly(
        new Segment("A. B.", "author"), new Segment(", ", Labels.OTHER), new Segment("2001", "date"),
        new Segment(".", Labels.OTHER));
  }
}
