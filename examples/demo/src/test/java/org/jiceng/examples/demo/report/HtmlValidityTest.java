package org.jiceng.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.jiceng.examples.demo.pipeline.DemoPipeline;
import org.jiceng.examples.demo.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks report.html with the Nu HTML Checker (the W3C's validator), run in-process. */
class HtmlValidityTest {

    @TempDir
    Path out;

    @Test
    void reportHasNoHtmlErrors() throws Exception {
        Path report = DemoPipeline.run(new DemoPipeline.Options(DistrictSpec.small(), 11L, out), Progress.silent())
                .reportFile();
        assertThat(errors(report)).isEmpty();
    }

    @Test
    void checkerFindsTheErrorsTheOldReportHad() throws Exception {
        // Duplicate ids and a paragraph after the figcaption of a figure: what issue 16 found.
        Path page = Files.writeString(out.resolve("broken.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/><title>t</title></head>
                <body><section id="rivers"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g id="rivers"></g></svg>
                <figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg><figcaption>c</figcaption><p>note</p></figure>
                </section></body></html>
                """, StandardCharsets.UTF_8);
        assertThat(errors(page)).anyMatch(e -> e.contains("Duplicate ID")).anyMatch(e -> e.contains("figcaption")
                || e.contains("“p”"));
    }

    /** The checker's error messages, each with its line. */
    static List<String> errors(Path page) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setForceHTML(true);
        validator.setNoLangDetect(true);
        JsonNode result = new ObjectMapper().readTree(validator.validate(page));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : result.path("messages")) {
            String type = m.path("type").asText();
            if (!type.equals("info")) {
                errors.add(type + " line " + m.path("lastLine").asText() + ": " + m.path("message").asText() + " "
                        + m.path("extract").asText());
            }
        }
        return errors;
    }
}
