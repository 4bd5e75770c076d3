package org.bulletinkg.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A bulletin file found among the inputs, not yet read.
 *
 * @param path     the file (absolute, normalised)
 * @param metadata what a manifest says of it, or {@link SourceMetadata#unknown} with its file name
 * @param problem  why it cannot be read (a manifest lists a missing file, or the manifest itself is bad), or
 *                 null; reported when it is read, so one bad entry does not stop the others
 */
public record SourceFile(Path path, SourceMetadata metadata, String problem) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(metadata, "metadata");
    }

    public SourceFile(Path path, SourceMetadata metadata) {
        this(path, metadata, null);
    }
}
