package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The quality index's indicators are loaded once, off the generating thread, and every caller sees the same. */
class QualityIndicatorsTest {

    @Test
    void everyStartSharesOneLoadAndEveryThreadGetsTheSameIndicators() throws Exception {
        assertThat(QualityIndicators.start()).isSameAs(QualityIndicators.start());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, List<String>>>> results = pool.invokeAll(List.of(QualityIndicators::get,
                    QualityIndicators::get, QualityIndicators::get, QualityIndicators::get));
            for (Future<Map<String, List<String>>> r : results) {
                assertThat(r.get()).isSameAs(DistrictGenerator.indicators());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(DistrictGenerator.indicators()).hasSize(6);
        assertThat(DistrictGenerator.indicators().values().stream().mapToInt(List::size).sum()).isEqualTo(17);
    }
}
