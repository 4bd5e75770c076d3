package org.bulletinkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option the commands share. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data",
            description = "TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;
}
