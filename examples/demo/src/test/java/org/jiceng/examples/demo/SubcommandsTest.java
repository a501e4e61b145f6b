package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.Person;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Formats;
import org.jiceng.io.spi.FormatWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands on files the demo itself wrote, on broken copies of them, and on a plugin's format. */
class SubcommandsTest {

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void writeDemoFiles() {
        out = dir.resolve("demo");
        assertThat(JicengDemoTest.run("--scale", "small", "-q", "--out", out.toString()).code()).isZero();
    }

    @Test
    void importsTheDemosOwnExportAndCountsEveryRecord() throws Exception {
        Path members = out.resolve("csv").resolve("党员.csv");
        long rows = Files.readAllLines(members).size() - 1;
        JicengDemoTest.Run r = JicengDemoTest.run("import", members.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("accepted " + rows + ", rejected 0").contains("PartyMember: " + rows);
    }

    @Test
    void readsTheExportedCasesBackAsOpen311Requests() {
        JicengDemoTest.Run r = JicengDemoTest.run("import", "--open311", out.resolve("open311-requests.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        int cases = org.jiceng.examples.demo.generate.DistrictSpec.small().cases();
        assertThat(r.out()).contains("read " + cases + ", accepted " + cases + ", rejected 0");
    }

    @Test
    void readsOpen311XmlAsPublishedByACity() throws Exception {
        Path xml = dir.resolve("georeport-v2-requests.xml");
        try (var in = SubcommandsTest.class.getResourceAsStream("/open311/georeport-v2-requests.xml")) {
            Files.copy(in, xml);
        }
        JicengDemoTest.Run r = JicengDemoTest.run("import", "--open311", xml.toString());
        assertThat(r.out() + r.err()).contains("read 2,");
    }

    @Test
    void badRowExitsWithOneNamingLineColumnAndValue() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("csv").resolve("党员.csv"));
        lines.set(2, lines.get(2).replace("正式", "XYZ").replace("预备", "XYZ"));
        Path broken = Files.write(dir.resolve("broken-members.csv"), lines);
        JicengDemoTest.Run r = JicengDemoTest.run("import", broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("1 of " + (lines.size() - 1) + " rows").contains("line 3").contains("XYZ");
        assertThat(JicengDemoTest.run("import", "--lenient", broken.toString()).code()).isZero();
    }

    @Test
    void scoresTheExportedEventsWithAnInstalledPack() {
        JicengDemoTest.Run r = JicengDemoTest.run("score", out.resolve("csv").resolve("活动记录.csv").toString(),
                "--top", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("party-member-points@").contains("subjects scored from");
        assertThat(r.out().lines().count()).isEqualTo(4);
    }

    @Test
    void unknownRulePackExitsWithOneAndListsThePacks() {
        JicengDemoTest.Run r = JicengDemoTest.run("score", out.resolve("csv").resolve("活动记录.csv").toString(),
                "--rule-set", "no-such-pack");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no-such-pack").contains("party-member-points")
                .contains("wuhua-party-member-points");
    }

    @Test
    void partitionsBuildingsFromCsvIntoTheRequestedGrids() throws Exception {
        Path csv = Files.writeString(dir.resolve("buildings.csv"), "编号,经度,纬度,户数\n"
                + "b1,102.60,25.00,40\nb2,102.61,25.00,60\nb3,102.60,25.01,50\nb4,102.61,25.01,30\n"
                + "b5,102.62,25.02,80\nb6,102.63,25.02,20\n", StandardCharsets.UTF_8);
        Path geojson = dir.resolve("grids-out.geojson");
        JicengDemoTest.Run r = JicengDemoTest.run("partition", csv.toString(), "--grids", "3", "--division-code",
                "530112001001", "--out", geojson.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("6 buildings, 280 households -> 3 grids").contains("530112001001001");
        assertThat(Files.readString(geojson)).contains("FeatureCollection").contains("530112001001003");
    }

    @Test
    void partitionsBuildingsFromGeoJsonPointsWithHouseholds() throws Exception {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < 6; i++) {
            json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"id\":\"b").append(i + 1)
                    .append("\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[").append(102.60 + 0.01 * (i % 3))
                    .append(",").append(25.00 + 0.01 * (i / 3)).append("]},\"properties\":{\"户数\":").append(40 + i)
                    .append("}}");
        }
        Path geojson = Files.writeString(dir.resolve("buildings.geojson"), json.append("]}").toString(),
                StandardCharsets.UTF_8);
        JicengDemoTest.Run r = JicengDemoTest.run("partition", geojson.toString(), "--grids", "2", "--out",
                dir.resolve("out.geojson").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("6 buildings, 255 households -> 2 grids");
    }

    @Test
    void aGeoJsonBuildingWithoutHouseholdsExitsWithOneNamingTheFeature() throws Exception {
        Path geojson = Files.writeString(dir.resolve("bad-buildings.geojson"), "{\"type\":\"FeatureCollection\","
                + "\"features\":[{\"type\":\"Feature\",\"id\":\"b1\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[102.6,25.0]},\"properties\":{\"households\":\"many\"}}]}", StandardCharsets.UTF_8);
        JicengDemoTest.Run r = JicengDemoTest.run("partition", geojson.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("/features/0").contains("properties/households").contains("many");
    }

    @Test
    void nonNumericCoordinateExitsWithOneNamingLineAndColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad-buildings.csv"), "id,lon,lat,households\nb1,102.6,25.0,10\n"
                + "b2,east,25.0,10\n", StandardCharsets.UTF_8);
        JicengDemoTest.Run r = JicengDemoTest.run("partition", csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("line 3").contains("column 'lon'").contains("'east'");
    }

    @Test
    void importsAFileInTheVendorPluginsFormat() throws Exception {
        Path dyx = dir.resolve("legacy.dyx");
        try (OutputStream o = Files.newOutputStream(dyx);
                FormatWriter w = Formats.forFileName("legacy.dyx").orElseThrow()
                        .openWriter(o, ExportOptions.defaults().unmasked())) {
            w.write(new Person("P1", "张伟", Optional.of("11010519491231002X"), Optional.of("13812345678"),
                    Optional.empty()));
            w.write(Person.of("P2", "李娜"));
        }
        JicengDemoTest.Run r = JicengDemoTest.run("import", dyx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("accepted 2, rejected 0").contains("Person: 2");
    }
}
