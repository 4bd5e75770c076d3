package org.bulletinkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The size a database had when it was last compact (right after a bulk load or a compaction), kept in a small
 * file beside TDB2's own. An incremental build compacts only once the database has outgrown that size by
 * {@link #GROWTH_LIMIT}: compaction rewrites the whole database, so doing it after every small build would
 * cost far more than the build, while never doing it lets copy-on-write leave the database many times its size.
 */
final class CompactSize {
    /** Compact when the database is this many times its compact size. */
    static final double GROWTH_LIMIT = 1.5;
    private static final String FILE = "bulletin-kg.compact-bytes";

    private CompactSize() {
    }

    static void record(Path dir, long bytes) {
        try {
            Files.writeString(dir.resolve(FILE), Long.toString(bytes), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // without the record the next incremental build simply compacts
        }
    }

    /** Whether a database of {@code bytes} has outgrown its compact size (or that size is unknown). */
    static boolean outgrown(Path dir, long bytes) {
        try {
            long compact = Long.parseLong(Files.readString(dir.resolve(FILE), StandardCharsets.US_ASCII).trim());
            return compact <= 0 || bytes > GROWTH_LIMIT * compact;
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }
}
