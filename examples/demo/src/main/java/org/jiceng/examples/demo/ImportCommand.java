package org.jiceng.examples.demo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code import} subcommand: runs one SDK step on the user's own file. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports a CSV, XLSX or GeoJSON file and reports accepted records and row errors.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, XLSX or GeoJSON input file.")
    private Path file;

    @Override
    public Integer call() {
        InputFile.check(file, InputFile.EXTENSIONS);
        throw new InputFile.BadInputException("The import step needs an SDK module that is not in this build yet.");
    }
}
