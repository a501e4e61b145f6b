package org.jiceng.examples.demo.pipeline;

import java.util.Locale;
import java.nio.file.Path;
import java.util.List;
import org.jiceng.examples.demo.Language;
import org.jiceng.examples.demo.Messages;
import org.jiceng.examples.demo.generate.GeneratedDistrict;
import org.jiceng.examples.demo.report.ReportModel;

/**
 * The outcome of a demo run: the generated district, what the report shows, and where it was written.
 *
 * @param district the generated district
 * @param report the report model (the numbers the HTML shows)
 * @param reportFile the HTML report
 * @param files every file written, relative to the output folder
 * @param cases the year's cases as replayed through the state machine, with their grid where located
 */
public record DemoResult(GeneratedDistrict district, ReportModel report, Path reportFile, List<String> files,
        List<org.jiceng.cases.Case> cases) {

    /** Copies the lists. */
    public DemoResult {
        files = List.copyOf(files);
        cases = List.copyOf(cases);
    }

    /**
     * The final summary printed on stdout: key numbers and step outcomes, nothing time-dependent, so
     * that two runs with the same seed print the same text.
     *
     * @return the summary lines, with step names and states in English
     */
    public List<String> summary() {
        return summary(Messages.of(Language.EN));
    }

    /**
     * The final summary in a language: the step results are in the run's language (they come from the
     * report); step names and states ({@code DONE}, {@code SKIPPED}) are in {@code messages}' language.
     *
     * @param messages the catalogue of the language to name steps and states in
     * @return the summary lines
     */
    public List<String> summary(Messages messages) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add(report.title() + " — " + report.subtitle());
        for (ReportModel.KeyNumber n : report.keyNumbers()) {
            lines.add(String.format(Locale.ROOT, "  %-28s %s", n.label(), n.value()));
        }
        for (var s : report.steps()) {
            lines.add(messages.language() == Language.EN
                    ? String.format(Locale.ROOT, "  %-10s %-7s %s", s.step(), s.status(), s.detail())
                    : messages.get("msg.summary.step", messages.get("msg.step." + s.step()),
                            messages.get("msg.status." + s.status().name()), s.detail()));
        }
        java.util.Map<String, java.util.List<String>> bySpi = new java.util.LinkedHashMap<>();
        report.plugins().rows().forEach(r -> bySpi.computeIfAbsent(r.get(0), k -> new java.util.ArrayList<>()).add(r.get(1)));
        lines.add(messages.get("msg.summary.plugins", report.plugins().rows().size()));
        bySpi.forEach((spi, names) -> lines.add(String.format(Locale.ROOT, "    %-20s %s", spi, String.join(", ", names))));
        lines.add(messages.get("msg.summary.report", reportFile.getFileName(), files.size()));
        return lines;
    }
}
