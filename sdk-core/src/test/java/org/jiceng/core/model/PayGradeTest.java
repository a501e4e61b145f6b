package org.jiceng.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PayGradeTest {

    @Test
    void fourLevelsOfThreeGradesGiveTwelveDistinctRanks() {
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(PayGrade::ofRank).map(PayGrade::label).distinct())
                .hasSize(12);
        assertThat(PayGrade.ofRank(1)).isEqualTo(new PayGrade(1, 1));
        assertThat(PayGrade.ofRank(12)).isEqualTo(new PayGrade(4, 3));
        assertThat(new PayGrade(3, 2).rank()).isEqualTo(8);
        assertThat(new PayGrade(3, 2).label()).isEqualTo("3级2档");
    }

    @Test
    void rankRoundTripsAndOrders() {
        for (int rank = 1; rank <= 12; rank++) {
            assertThat(PayGrade.ofRank(rank).rank()).isEqualTo(rank);
        }
        assertThat(new PayGrade(2, 3)).isLessThan(new PayGrade(3, 1));
    }

    @Test
    void rejectsOutOfRangeLevelsAndGrades() {
        assertThatThrownBy(() -> new PayGrade(5, 1)).hasMessageContaining("Pay level must be 1..4");
        assertThatThrownBy(() -> new PayGrade(1, 0)).hasMessageContaining("Pay grade must be 1..3");
        assertThatThrownBy(() -> PayGrade.ofRank(13)).hasMessageContaining("1..12");
    }
}
