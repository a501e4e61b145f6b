package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Person;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.junit.jupiter.api.Test;

/** Workbooks the SDK writes open in another implementation (POI) with every cell as written. */
class WrittenWorkbookInteropTest {

    @Test
    void anotherReaderSeesTheSameCellsTypesAndFrozenBoldHeader() throws IOException {
        Dataset data = Dataset.builder()
                .add(new Person("p1", " 张三\u000B_x0041_ & <李>", Optional.empty(), Optional.of("13812345678"),
                        Optional.empty()))
                .add(new Area("a1", "永兴路社区", AreaLevel.COMMUNITY, Optional.empty(), Optional.of("110105001001"),
                        Optional.empty(), Optional.of(1200), Optional.empty()))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(new XlsxFormat(), ExportOptions.defaults().unmasked()).write(data, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet persons = wb.getSheet("人员");
            assertThat(persons.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(wb.getFontAt(persons.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(persons.getPaneInformation().isFreezePane()).isTrue();
            assertThat(persons.getRow(1).getCell(1).getStringCellValue()).isEqualTo(" 张三\u000B_x0041_ & <李>");
            assertThat(persons.getRow(1).getCell(3).getStringCellValue()).isEqualTo("13812345678");
            Sheet areas = wb.getSheet("区域");
            int households = areas.getRow(0).getLastCellNum();
            for (int i = 0; i < households; i++) {
                if (areas.getRow(0).getCell(i).getStringCellValue().equals("户数")) {
                    assertThat(areas.getRow(1).getCell(i).getNumericCellValue()).isEqualTo(1200.0);
                }
                if (areas.getRow(0).getCell(i).getStringCellValue().equals("区划代码")) {
                    assertThat(areas.getRow(1).getCell(i).getStringCellValue()).isEqualTo("110105001001");
                }
            }
        }
    }
}
