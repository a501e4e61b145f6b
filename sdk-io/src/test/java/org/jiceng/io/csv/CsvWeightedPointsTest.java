package org.jiceng.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.geojson.WeightedPointImport;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

class CsvWeightedPointsTest {

    private static WeightedPointImport read(String text, ImportOptions options) {
        return CsvWeightedPoints.read(ImportSource.of("buildings.csv", text.getBytes(StandardCharsets.UTF_8)), options);
    }

    @Test
    void englishHeaderInAnyOrderWithBomGivesThePointsInFileOrder() {
        WeightedPointImport read = read("\uFEFFhouseholds,LAT,lon,id\n48,25.0311,102.6712,b1\n0,25.03,102.67,b2\n",
                ImportOptions.defaults());
        assertThat(read.points()).containsExactly(new WeightedPoint("b1", 102.6712, 25.0311, 48),
                new WeightedPoint("b2", 102.67, 25.03, 0));
        assertThat(read.report().isClean()).isTrue();
        assertThat(read.report().accepted()).isEqualTo(2);
    }

    @Test
    void gb18030FileWithChineseHeaderQuotedCellsAndBlankLinesIsReadAndItsExtraColumnReported() throws IOException {
        // Written with iconv -t GB18030 (CRLF line ends, a quoted cell with a comma, a blank line, a 备注 column).
        try (InputStream in = getClass().getResourceAsStream("/fixtures/csv/楼栋户数-gb18030.csv")) {
            WeightedPointImport read = CsvWeightedPoints.read(ImportSource.of("楼栋户数.csv", in.readAllBytes()),
                    ImportOptions.defaults());
            assertThat(read.points()).extracting(WeightedPoint::id)
                    .containsExactly("530112001001-B01", "530112001001-B02", "530112001001-B03");
            assertThat(read.points().get(1).weight()).isEqualTo(120);
            assertThat(read.report().encoding()).contains("GB18030");
            assertThat(read.report().warnings()).anySatisfy(w -> assertThat(w.column()).contains("备注"));
            assertThat(read.report().errors()).isEmpty();
        }
    }

    @Test
    void everyBadRowIsReportedWithLineColumnAndValueAndTheGoodRowsKept() {
        WeightedPointImport read = read("""
                编号,经度,纬度,户数
                b1,102.6,25.0,10
                b1,102.6,25.0,10
                ,102.6,25.0,10
                b3,东经102,25.0,10
                b4,102.6,95,10
                b5,102.6,25.0,十
                b6,102.6,25.0,-3
                b7,102.6
                b8,181,25.0,4
                b9,102.7,25.1,7
                """, ImportOptions.defaults());
        assertThat(read.points()).extracting(WeightedPoint::id).containsExactly("b1", "b9");
        assertThat(read.report().read()).isEqualTo(10);
        assertThat(read.report().rejected()).isEqualTo(8);
        List<RowError> errors = read.report().errors();
        assertThat(errors).extracting(e -> e.location().line()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(errors.get(0).describe()).contains("编号").contains("b1").contains("appears twice");
        assertThat(errors.get(1).messageEn()).isEqualTo("the id is empty");
        assertThat(errors.get(2).column()).contains("经度");
        assertThat(errors.get(2).rawValue()).contains("东经102");
        assertThat(errors.get(3).messageEn()).contains("latitude");
        assertThat(errors.get(4).messageZh()).contains("十").contains("不是整数");
        assertThat(errors.get(5).messageEn()).contains("negative");
        assertThat(errors.get(6).messageEn()).isEqualTo("the row has 2 cells, the header has 4");
        assertThat(errors.get(7).rawValue()).contains("181");
    }

    @Test
    void stopOnFirstErrorStopsAtTheFirstBadRow() {
        WeightedPointImport read = read("id,lon,lat,households\nb1,x,25,1\nb2,102,25,1\n",
                ImportOptions.defaults().stopOnFirstError());
        assertThat(read.points()).isEmpty();
        assertThat(read.report().errors()).hasSize(1);
        assertThat(read.report().stop()).isPresent();
    }

    @Test
    void aHeaderWithoutTheHouseholdsColumnFailsNamingTheHeaderFound() {
        assertThatThrownBy(() -> read("id,lon,lat,weight\nb1,102,25,1\n", ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("[id, lon, lat, weight]").hasMessageContaining("'households' (户数)");
    }

    @Test
    void anEmptyFileFails() {
        assertThatThrownBy(() -> read("\n\n", ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("empty");
    }
}
