package org.jiceng.examples.demo.pipeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jiceng.scoring.Points;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.EventTypes;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.examples.demo.report.ReportModel.Series;
import org.jiceng.examples.demo.report.ReportModel.Trend;
import org.jiceng.scoring.CompositeIndex;
import org.jiceng.scoring.IndexResult;
import org.jiceng.scoring.MonthlyIndexReport;
import org.jiceng.scoring.RuleSets;

/**
 * The monthly 先锋指数 per subdistrict: the SDK's monthly report of the organisation quality index
 * ({@value #INDEX_PACK}) for each month of the year, averaged over the organisations of each
 * subdistrict (an organisation belongs to the subdistrict of its area).
 */
final class TrendStep {

    /** The composite-index pack whose monthly report is the 先锋指数. */
    static final String INDEX_PACK = "guandu-quality-index";

    private TrendStep() {
    }

    /**
     * @param d the dataset
     * @param year the calendar year
     * @return the trend, or empty when the index pack is not installed or has no index
     */
    static Optional<Trend> run(Dataset d, int year) {
        if (!RuleSets.available().contains(INDEX_PACK)) {
            return Optional.empty();
        }
        Optional<CompositeIndex> index = RuleSets.builtIn(INDEX_PACK).index();
        if (index.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> streetOfArea = streetOfArea(d.areas());
        Map<String, String> streetOfOrg = new HashMap<>();
        for (PartyOrganization o : d.organizations()) {
            o.areaId().map(streetOfArea::get).ifPresent(s -> streetOfOrg.put(o.id(), s));
        }
        Map<String, String> streetNames = new TreeMap<>();
        d.areas().stream().filter(a -> a.level() == AreaLevel.SUBDISTRICT).forEach(a -> streetNames.put(a.id(), a.name()));
        List<Event> indicators = d.events().stream().filter(e -> EventTypes.INDICATOR_VALUE.equals(e.type())).toList();
        List<String> months = new ArrayList<>();
        Map<String, List<Optional<Double>>> values = new TreeMap<>();
        streetNames.keySet().forEach(s -> values.put(s, new ArrayList<>()));
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            months.add(month.toString());
            MonthlyIndexReport report = index.get().monthlyReport(indicators, month);
            Map<String, double[]> sums = new HashMap<>();
            for (IndexResult r : report.ranked()) {
                String street = streetOfOrg.get(r.subjectId());
                if (street != null && r.score().isPresent()) {
                    double[] sc = sums.computeIfAbsent(street, s -> new double[2]);
                    sc[0] += r.score().get() / (double) Points.SCALE;
                    sc[1]++;
                }
            }
            values.forEach((street, list) -> {
                double[] sc = sums.get(street);
                list.add(sc == null ? Optional.empty() : Optional.of(sc[0] / sc[1]));
            });
        }
        List<Series> series = new ArrayList<>();
        values.forEach((street, list) -> series.add(new Series(streetNames.get(street), list)));
        return Optional.of(new Trend("trend-chart", "每月先锋指数 Monthly 先锋指数 by subdistrict", months, series,
                String.format(Locale.ROOT, "Mean %s index (0-100) of the party organisations of each subdistrict, from "
                        + "the SDK's monthly report of %d.", INDEX_PACK, year)));
    }

    /** Each area's subdistrict id, found by walking up the parents (areas above a subdistrict have none). */
    private static Map<String, String> streetOfArea(List<Area> areas) {
        Map<String, Area> byId = new HashMap<>();
        areas.forEach(a -> byId.put(a.id(), a));
        Map<String, String> street = new HashMap<>();
        for (Area a : areas) {
            Area at = a;
            while (at != null && at.level() != AreaLevel.SUBDISTRICT) {
                at = at.parentId().map(byId::get).orElse(null);
            }
            if (at != null) {
                street.put(a.id(), at.id());
            }
        }
        return street;
    }
}
