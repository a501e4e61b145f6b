package org.jiceng.examples.demo.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the report model as the self-contained HTML page {@code report.html}. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * @param model what the report shows
     * @param file the HTML file, replaced if it exists
     * @return {@code file}
     * @throws IOException when it cannot be written
     */
    public static Path write(ReportModel model, Path file) throws IOException {
        Files.writeString(file, HtmlReport.render(model), StandardCharsets.UTF_8);
        return file;
    }
}
