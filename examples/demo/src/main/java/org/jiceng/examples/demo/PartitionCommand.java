package org.jiceng.examples.demo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code partition} subcommand: runs one SDK step on the user's own file. */
@Command(name = "partition", mixinStandardHelpOptions = true, description = "Partitions weighted points (buildings with households) from a CSV or GeoJSON file into grids.")
final class PartitionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, XLSX or GeoJSON input file.")
    private Path file;

    @Override
    public Integer call() {
        InputFile.check(file, InputFile.EXTENSIONS);
        throw new InputFile.BadInputException("The partition step needs an SDK module that is not in this build yet.");
    }
}
