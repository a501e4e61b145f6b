package org.jiceng.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
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

/** The report's 未诉先办 section, read back from report.html: planted patterns found, evidence, outlines. */
class AnticipationReportTest {

    @TempDir
    static Path out;

    private static DemoResult result;
    private static Document html;

    @BeforeAll
    static void runDemo() throws Exception {
        result = DemoPipeline.run(new DemoPipeline.Options(DistrictSpec.small(), 11L, out), Progress.silent());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        html = f.newDocumentBuilder().parse(result.reportFile().toFile());
    }

    private static List<List<String>> rows(String tableId) {
        List<List<String>> rows = new ArrayList<>();
        NodeList tables = html.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (!t.getAttribute("id").equals(tableId)) {
                continue;
            }
            NodeList trs = t.getElementsByTagName("tr");
            for (int j = 0; j < trs.getLength(); j++) {
                Element tr = (Element) trs.item(j);
                if (tr.getAttribute("class").equals("row")) {
                    List<String> cells = new ArrayList<>();
                    NodeList tds = tr.getElementsByTagName("td");
                    for (int k = 0; k < tds.getLength(); k++) {
                        cells.add(tds.item(k).getTextContent());
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    @Test
    void everyPlantedPatternIsFoundByItsDetector() {
        List<List<String>> planted = rows("anticipation-planted");
        assertThat(planted).isNotEmpty();
        for (List<String> row : planted) {
            assertThat(row.get(4)).as("planted %s", row).startsWith(row.get(0) + "/" + row.get(1).substring(0, 3));
        }
    }

    @Test
    void findingsTableShowsTheEvidenceAndEachFindingOutlinesItsGrids() {
        List<List<String>> findings = rows("anticipation-findings");
        assertThat(findings).isNotEmpty();
        Set<String> grids = new TreeSet<>();
        for (List<String> row : findings) {
            assertThat(Integer.parseInt(row.get(4))).as("observed").isPositive();
            assertThat(Double.parseDouble(row.get(6))).as("P <= threshold").isLessThanOrEqualTo(
                    Double.parseDouble(row.get(7)));
            grids.addAll(List.of(row.get(2).split(" ")));
        }
        Set<String> outlined = new TreeSet<>();
        NodeList paths = html.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getAttribute("class").equals("finding-outline")) {
                outlined.add(p.getAttribute("data-id"));
            }
        }
        assertThat(outlined).isEqualTo(grids);
    }

    @Test
    void theProactiveRateIsShownAndEachFindingOpenedATask() {
        Element rate = html.getElementById("proactive-rate");
        NodeList ps = html.getElementsByTagName("p");
        String text = "";
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (p.getAttribute("id").equals("proactive-rate")) {
                text = p.getTextContent();
            }
        }
        assertThat(rate == null ? text : rate.getTextContent()).startsWith("未诉先办率").contains("%")
                .contains("/" + rows("anticipation-findings").size() + ")");
    }
}
