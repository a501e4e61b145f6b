package org.jiceng.examples.demo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code score} subcommand: runs one SDK step on the user's own file. */
@Command(name = "score", mixinStandardHelpOptions = true, description = "Scores the events in a CSV or XLSX file with the built-in or a plugin rule pack.")
final class ScoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, XLSX or GeoJSON input file.")
    private Path file;

    @Override
    public Integer call() {
        InputFile.check(file, InputFile.EXTENSIONS);
        throw new InputFile.BadInputException("The score step needs an SDK module that is not in this build yet.");
    }
}
