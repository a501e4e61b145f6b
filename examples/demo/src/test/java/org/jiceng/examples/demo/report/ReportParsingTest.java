package org.jiceng.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.jiceng.examples.demo.pipeline.DemoPipeline;
import org.jiceng.examples.demo.pipeline.DemoResult;
import org.jiceng.examples.demo.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads report.html back with the JDK's XML parser and checks it against the computed results. */
class ReportParsingTest {

    /** A small district in which two grids are graded 不合格, so the attention table and outlines show. */
    static final long SEED = 20L;

    @TempDir
    static Path out;

    private static DemoResult result;
    private static Document html;

    @BeforeAll
    static void runDemo() throws Exception {
        result = DemoPipeline.run(new DemoPipeline.Options(DistrictSpec.small(), SEED, out), Progress.silent());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        html = f.newDocumentBuilder().parse(result.reportFile().toFile());
    }

    @Test
    void hasEverySectionInOrder() {
        List<String> ids = new ArrayList<>();
        NodeList sections = html.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            ids.add(((Element) sections.item(i)).getAttribute("id"));
        }
        assertThat(ids).containsExactlyElementsOf(HtmlReport.SECTIONS);
    }

    @Test
    void riverTableAssignsEveryPatrolMemberOnce() {
        Element table = byId("table", "river-table");
        int members = 0;
        int sections = 0;
        NodeList trs = table.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            if (tr.getAttribute("class").equals("row")) {
                sections += Integer.parseInt(tr.getElementsByTagName("td").item(1).getTextContent());
                members += Integer.parseInt(tr.getElementsByTagName("td").item(4).getTextContent());
            }
        }
        long riverLines = elements("polyline").stream().filter(e -> e.getAttribute("class").equals("river")).count();
        assertThat(sections).isEqualTo(riverLines);
        Map<String, String> numbers = new HashMap<>();
        elements("div").stream().filter(e -> e.hasAttribute("data-key"))
                .forEach(e -> numbers.put(e.getAttribute("data-key"), e.getAttribute("data-value")));
        assertThat(String.valueOf(members)).isEqualTo(numbers.get("river-patrol-members"));
    }

    @Test
    void keyNumbersMatchTheGeneratedDataset() {
        Map<String, String> numbers = new HashMap<>();
        for (Element e : elements("div")) {
            if (e.hasAttribute("data-key")) {
                numbers.put(e.getAttribute("data-key"), e.getAttribute("data-value"));
            }
        }
        var d = result.district().dataset();
        assertThat(numbers).containsEntry("members", String.valueOf(d.partyMembers().size()))
                .containsEntry("organizations", String.valueOf(d.organizations().size()))
                .containsEntry("communities", String.valueOf(
                        d.areas().stream().filter(a -> a.level() == AreaLevel.COMMUNITY).count()))
                .containsEntry("events", String.valueOf(d.events().size()))
                .containsEntry("cases", String.valueOf(result.district().cases().size()));
    }

    @Test
    void mapHasOnePathPerCommunityAndPerGridAndOneLinePerRiver() {
        long communities = elements("path").stream().filter(e -> e.getAttribute("class").equals("community")).count();
        long grids = elements("path").stream().filter(e -> e.getAttribute("class").equals("grid")).count();
        long rivers = elements("polyline").stream().filter(e -> e.getAttribute("class").equals("river")).count();
        assertThat(communities).isEqualTo(result.district().communityShapes().size());
        assertThat(grids).isEqualTo(result.report().map().grids().size());
        assertThat(rivers).isEqualTo(result.report().map().rivers().size());
        assertThat(elements("path").stream().filter(e -> e.getAttribute("class").equals("grid")))
                .allMatch(e -> e.hasAttribute("data-grade") && e.getAttribute("d").endsWith("Z"));
    }

    @Test
    void mapDrawsExactlyTheGridsThatWereExportedEachOnce() throws Exception {
        List<String> exported = java.nio.file.Files.readAllLines(out.resolve("csv").resolve("网格.csv")).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(','))).sorted().toList();
        List<String> drawn = elements("path").stream().filter(e -> e.getAttribute("class").equals("grid"))
                .map(e -> e.getAttribute("data-id")).sorted().toList();
        assertThat(drawn).isNotEmpty().doesNotHaveDuplicates().isEqualTo(exported);
        Map<String, String> numbers = new HashMap<>();
        elements("div").stream().filter(e -> e.hasAttribute("data-key"))
                .forEach(e -> numbers.put(e.getAttribute("data-key"), e.getAttribute("data-value")));
        assertThat(numbers).containsEntry("grids", String.valueOf(exported.size()));
    }

    @Test
    void legendCountsAddUpToTheGridsAndMatchTheirGrades() {
        int legendTotal = 0;
        for (Element e : elements("li")) {
            if (e.getAttribute("class").equals("legend-entry")) {
                legendTotal += Integer.parseInt(e.getAttribute("data-count"));
            }
        }
        assertThat(result.report().map().grids()).isNotEmpty();
        assertThat(legendTotal).isEqualTo(result.report().map().grids().size());
        for (ReportModel.LegendEntry entry : result.report().map().legend()) {
            long painted = elements("path").stream().filter(e -> e.getAttribute("class").equals("grid"))
                    .filter(e -> e.getAttribute("fill").equals(entry.colour())).count();
            assertThat(painted).as(entry.label()).isEqualTo(entry.count());
        }
    }

    @Test
    void everyGridOnTheMapLinksToAnExistingTableRow() {
        Set<String> ids = new HashSet<>();
        for (Element e : elements("*")) {
            if (e.hasAttribute("id")) {
                assertThat(ids.add(e.getAttribute("id"))).as("duplicate id " + e.getAttribute("id")).isTrue();
            }
        }
        List<Element> links = elements("a").stream().filter(a -> a.hasAttribute("xlink:href")).toList();
        assertThat(links).hasSizeGreaterThanOrEqualTo(result.report().map().grids().size());
        for (Element a : links) {
            String target = a.getAttribute("xlink:href").substring(1);
            Element row = html.getElementById(target) != null ? html.getElementById(target) : byId("tr", target);
            assertThat(row.getTagName()).isEqualTo("tr");
            Element shape = toList(a.getElementsByTagName("*")).stream().filter(e -> e.hasAttribute("data-id"))
                    .findFirst().orElseThrow();
            assertThat(row.getElementsByTagName("td").item(0).getTextContent()).isEqualTo(shape.getAttribute("data-id"));
            assertThat(a.getAttribute("aria-label")).isNotBlank();
        }
    }

    @Test
    void attentionTableListsExactlyTheGridsWithTheLowestGradeAndTheyAreOutlined() {
        String lowest = result.report().map().legend().get(0).label();
        Set<String> lowestGrids = new TreeSet<>();
        result.report().map().grids().stream().filter(g -> g.grade().equals(lowest)).forEach(g -> lowestGrids.add(g.id()));
        Set<String> listed = new TreeSet<>();
        for (Element tr : toList(byId("table", "attention-table").getElementsByTagName("tr"))) {
            if (tr.getAttribute("class").equals("row")) {
                listed.add(tr.getElementsByTagName("td").item(0).getTextContent());
            }
        }
        Set<String> outlined = new TreeSet<>();
        elements("path").stream().filter(e -> e.getAttribute("class").equals("attention"))
                .forEach(e -> outlined.add(e.getAttribute("data-id")));
        assertThat(listed).isNotEmpty().isEqualTo(lowestGrids).isEqualTo(outlined);
        Element legend = elements("li").stream().filter(e -> e.getAttribute("class").equals("legend-attention"))
                .findFirst().orElseThrow();
        assertThat(legend.getAttribute("data-count")).isEqualTo(String.valueOf(lowestGrids.size()));
    }

    @Test
    void communityOutlinesAndNamesAreDrawnAboveTheGrids() {
        List<String> groups = elements("g").stream().map(e -> e.getAttribute("id")).filter(id -> id.startsWith("map-"))
                .toList();
        assertThat(groups).containsSubsequence("map-grids", "map-communities", "map-attention", "map-labels");
        long communityNames = elements("text").stream()
                .filter(e -> e.getAttribute("class").contains("community-label")).count();
        long riverNames = elements("text").stream().filter(e -> e.getAttribute("class").contains("river-label"))
                .map(Element::getTextContent).distinct().count();
        assertThat(communityNames).isEqualTo(result.district().communityShapes().size());
        assertThat(riverNames).isEqualTo(result.district().rivers().size());
    }

    @Test
    void trendChartHasOneLinePerSubdistrictAndTwelveMonths() {
        Element fig = byId("figure", "trend-chart");
        long subdistricts = result.district().dataset().areas().stream()
                .filter(a -> a.level() == AreaLevel.SUBDISTRICT).count();
        assertThat(fig.getAttribute("data-series")).isEqualTo(String.valueOf(subdistricts));
        List<Element> points = toList(fig.getElementsByTagName("circle"));
        assertThat(points).hasSize((int) subdistricts * 12);
        assertThat(points).allSatisfy(p -> assertThat(Double.parseDouble(p.getAttribute("data-value")))
                .isBetween(0.0, 100.0));
    }

    @Test
    void pageScalesToTheScreenAndPrintsOnA4() throws Exception {
        String text = java.nio.file.Files.readString(result.reportFile());
        assertThat(text).contains("name=\"viewport\"", "@page{size:A4", "@media print");
        Element map = byId("svg", "map-svg");
        assertThat(map.hasAttribute("width")).isFalse();
        assertThat(map.getAttribute("viewBox")).startsWith("0 0 " + MapSvg.MAP_WIDTH + " ");
        assertThat(map.getAttribute("aria-labelledby")).isEqualTo("map-svg-title map-svg-desc");
    }

    @Test
    void pipelineTableListsEveryStepWithItsStatus() {
        Map<String, String> status = new HashMap<>();
        for (Element e : elements("tr")) {
            if (e.hasAttribute("data-step")) {
                status.put(e.getAttribute("data-step"), e.getAttribute("data-status"));
            }
        }
        assertThat(status).hasSize(result.report().steps().size()).containsEntry("generate", "DONE");
        result.report().steps().forEach(s -> assertThat(status).containsEntry(s.step(), s.status().name()));
    }

    @Test
    void histogramBarsAddUpToTheirTotals() {
        for (ReportModel.Histogram h : result.report().histograms()) {
            Element fig = html.getElementById(h.id()) != null ? html.getElementById(h.id()) : byId("figure", h.id());
            int sum = 0;
            NodeList bars = fig.getElementsByTagName("rect");
            for (int i = 0; i < bars.getLength(); i++) {
                sum += Integer.parseInt(((Element) bars.item(i)).getAttribute("data-count"));
            }
            assertThat(sum).isEqualTo(h.total()).isEqualTo(Integer.parseInt(fig.getAttribute("data-total")));
        }
    }

    @Test
    void memberPointsHistogramCountsEveryMemberOnce() {
        Element fig = byId("figure", "hist-party-member-points");
        assertThat(Integer.parseInt(fig.getAttribute("data-total")))
                .isEqualTo(result.district().dataset().partyMembers().size());
    }

    @Test
    void scoreSummaryHasOneRowPerHistogram() {
        Element table = byId("table", "score-summary");
        int rows = 0;
        NodeList trs = table.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            rows += ((Element) trs.item(i)).getAttribute("class").equals("row") ? 1 : 0;
        }
        assertThat(rows).isEqualTo(result.report().histograms().size()).isPositive();
    }

    @Test
    void problemsListFindsExactlyThePlantedDefects() {
        Map<String, Integer> listed = new HashMap<>();
        for (Element e : elements("tr")) {
            if (e.getAttribute("class").equals("problem")) {
                listed.put(e.getAttribute("data-code"), Integer.parseInt(e.getAttribute("data-count")));
            }
        }
        var planted = result.district().injectedDefects().stream().collect(java.util.stream.Collectors.groupingBy(
                org.jiceng.examples.demo.generate.InjectedDefect::kind, java.util.stream.Collectors.counting()));
        assertThat(planted).isNotEmpty();
        assertThat(listed.getOrDefault("Person.idNumber @ChineseIdNumber", 0).longValue())
                .isEqualTo(planted.getOrDefault("id-check-digit", 0L));
        assertThat(listed.getOrDefault("StationedUnit.creditCode @CreditCode", 0).longValue())
                .isEqualTo(planted.getOrDefault("credit-code-check", 0L));
        assertThat(listed.getOrDefault("OVERLAPPING_BRANCH_MEMBERSHIP", 0).longValue())
                .isEqualTo(planted.getOrDefault("overlapping-membership", 0L));
        assertThat(listed.values().stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(result.district().injectedDefects().size());
    }

    @Test
    void caseMetricsCountEveryGeneratedCaseThatWasNeitherDuplicateNorRejected() {
        Element table = byId("table", "case-metrics");
        List<Element> rows = new ArrayList<>();
        NodeList trs = table.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            if (((Element) trs.item(i)).getAttribute("class").equals("row")) {
                rows.add((Element) trs.item(i));
            }
        }
        var generated = result.district().cases();
        long accepted = generated.stream().filter(c -> {
            String last = c.steps().get(c.steps().size() - 1).state();
            return !last.equals("duplicate") && !last.equals("rejected");
        }).count();
        Element all = rows.get(rows.size() - 1);
        assertThat(all.getElementsByTagName("td").item(1).getTextContent()).isEqualTo(String.valueOf(accepted));
        assertThat(table.getElementsByTagName("caption").item(0).getTextContent())
                .startsWith("Cases received " + generated.size() + ",");
    }

    @Test
    void reportIsSelfContained() throws Exception {
        String text = java.nio.file.Files.readString(result.reportFile());
        assertThat(text).doesNotContain("<script", "<link", "src=\"http", "href=\"http");
    }

    private static Element byId(String tag, String id) {
        return elements(tag).stream().filter(e -> e.getAttribute("id").equals(id)).findFirst().orElseThrow();
    }

    private static List<Element> elements(String tag) {
        return toList(html.getElementsByTagName(tag));
    }

    private static List<Element> toList(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
