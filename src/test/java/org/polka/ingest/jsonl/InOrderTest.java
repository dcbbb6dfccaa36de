package org.polka.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderTest {

  @Test
  void deliversResultsInSubmissionOrderWithAtMostAWindowAhead() {
    List<Integer> delivered = new ArrayList<>();
    AtomicInteger started = new AtomicInteger();
    Random random = new Random(3);
    try (var pipeline = new InOrder<Integer>(3, 5, delivered::add)) {
      for (int i = 0; i < 200; i++) {
        int n = i;
        int pause = random.nextInt(3);
        pipeline.submit(() -> {
          started.incrementAndGet();
          Thread.sleep(pause);
          return n;
        });
        assertThat(started.get() - delivered.size()).isLessThanOrEqualTo(5);
      }
      pipeline.finish();
    }
    assertThat(delivered).hasSize(200).isSorted();
  }

  @Test
  void aTaskThatFailedIsRethrownAfterTheResultsBeforeIt() {
    List<Integer> delivered = new ArrayList<>();
    for (int threads : new int[] {1, 4}) {
      delivered.clear();
      try (var pipeline = new InOrder<Integer>(threads, 8, delivered::add)) {
        assertThatThrownBy(() -> {
          for (int i = 0; i < 20; i++) {
            int n = i;
            pipeline.submit(() -> {
              if (n == 10) {
                throw new IllegalArgumentException("record 10");
              }
              return n;
            });
          }
          pipeline.finish();
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("record 10");
      }
      assertThat(delivered).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
  }
}
