package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.bulletinkg.pipeline.Pipeline;
import org.bulletinkg.store.Tdb2Store;

/** Databases built by the real pipeline, text index included, for the tests that query them. */
final class SampleDatabase {
    static final Path SAMPLES = Path.of("samples");
    private static Path samples;

    private SampleDatabase() {}

    /**
     * The graph of the bundled samples, built once per test run (it takes seconds) into a folder
     * removed when the JVM exits. Read-only for its users: one server at a time may serve it.
     */
    static synchronized Path samples() {
        if (samples == null) {
            try {
                Path dir = Files.createTempDirectory("bulletin-kg-samples");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                samples = build(dir.resolve("db"), List.of(SAMPLES), 2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return samples;
    }

    /** Builds bulletin files or folders into a database and checks that all of them were built. */
    static Path build(Path db, List<Path> inputs, int expectedBulletins) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            StringWriter err = new StringWriter();
            Pipeline.Report report = Pipeline.build(inputs, null, store, false,
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(0, report.failed(), err.toString());
            assertEquals(expectedBulletins, report.bulletins());
        }
        return db;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
