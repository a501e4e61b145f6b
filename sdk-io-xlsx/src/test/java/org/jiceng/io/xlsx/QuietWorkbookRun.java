package org.jiceng.io.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Person;
import org.jiceng.io.Exporter;
import org.jiceng.io.Importer;

/**
 * Run in a fresh JVM by {@link QuietLoggingTest}: writes a workbook and reads it back, and exits 0 when
 * the record came back. Hibernate Validator's start-up notice is turned down first, as an integrator
 * would configure it; nothing else is configured.
 */
public final class QuietWorkbookRun {

    private static final Logger VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private QuietWorkbookRun() {
    }

    /**
     * @param args unused
     * @throws Exception when writing or reading fails
     */
    public static void main(String[] args) throws Exception {
        VALIDATOR.setLevel(Level.WARNING);
        Path file = Files.createTempFile("quiet-", ".xlsx");
        try {
            Dataset data = Dataset.builder().add(Person.of("p1", "张三")).build();
            Exporter.write(data, file);
            int persons = Importer.read(file).dataset().persons().size();
            System.exit(persons == 1 ? 0 : 2);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
