package org.bulletinkg.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A bulletin file found among the inputs, not yet read.
 *
 * @param path     the file (absolute, normalised)
 * @param metadata what a manifest says of it, or {@link SourceMetadata#unknown} with its file name
 */
public record SourceFile(Path path, SourceMetadata metadata) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(metadata, "metadata");
    }
}
