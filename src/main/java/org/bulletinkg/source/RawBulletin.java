package org.bulletinkg.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A bulletin's bytes as read, before any decoding.
 *
 * @param name     the bulletin's name: its file name without extension; names its graph and its facts file
 * @param path     where it was read from
 * @param bytes    the raw content
 * @param metadata what the manifest says of it (or {@link SourceMetadata#unknown})
 */
public record RawBulletin(String name, Path path, byte[] bytes, SourceMetadata metadata) {
    public RawBulletin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The file name without its last extension. */
    public static String nameOf(Path path) {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
