package org.bulletinkg.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bulletinkg.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the bulletin files among the inputs a user gives (files, folders, a manifest) and reads them.
 *
 * <p>Folders are walked recursively; bulletin files are {@code *.txt}, {@code *.html} and {@code *.htm}
 * (any case); hidden files and folders, manifests, gold and facts files are passed over. The files of a folder
 * holding a {@code manifest.json} take their metadata from it (the nearest manifest wins); so does a single
 * file given as input. An explicit manifest (the {@code manifestOrNull} argument, or an input file named
 * {@code manifest.json}) adds every file it lists, whatever its extension, and its metadata wins over a
 * folder's. A file reached twice is listed once. The result is sorted by path so that every run sees the
 * same order.
 */
public final class BulletinSources {
    private static final Logger LOG = LoggerFactory.getLogger(BulletinSources.class);

    /** The largest bulletin file {@link #read(SourceFile)} accepts: 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private BulletinSources() {
    }

    /**
     * The bulletin files among the inputs.
     *
     * @param inputs         files or folders; a file named {@code manifest.json} is read as a manifest
     * @param manifestOrNull a manifest whose files are added and whose metadata wins, or null
     * @throws BadInputException when an input does not exist, is not a bulletin file, or a manifest is bad
     */
    public static List<SourceFile> list(List<Path> inputs, Path manifestOrNull) {
        Objects.requireNonNull(inputs, "inputs");
        Collector collector = new Collector();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                collector.inputFolders.add(input.toAbsolutePath().normalize());
            }
        }
        for (Path input : inputs) {
            collector.input(input);
        }
        if (manifestOrNull != null) {
            collector.manifest(manifestOrNull, true);
        }
        return collector.result();
    }

    /**
     * The input folders that hold no {@code manifest.json} (in them or below), when no manifest is given: their
     * bulletins' jurisdiction and date are inferred, which a build says.
     */
    public static List<Path> foldersWithoutManifest(List<Path> inputs, Path manifestOrNull) {
        if (manifestOrNull != null) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (var files = Files.walk(input)) {
                    if (files.noneMatch(f -> f.getFileName().toString().equalsIgnoreCase(Manifest.FILE_NAME))) {
                        out.add(input);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the walk that lists the bulletins reports an unreadable folder
                }
            }
        }
        return out;
    }

    /** Reads a bulletin file's bytes, refusing files larger than {@link #MAX_BYTES}. */
    public static RawBulletin read(SourceFile file) {
        return read(file, MAX_BYTES);
    }

    /** Reads a bulletin file's bytes, refusing files larger than {@code maxBytes} and empty files. */
    public static RawBulletin read(SourceFile file, long maxBytes) {
        Path path = file.path();
        if (file.problem() != null) {
            throw new BadInputException(path, file.problem());
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new BadInputException(path, "is a folder, not a bulletin file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new BadInputException(path, tooLarge(size, maxBytes));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path.toString(), "file not found", e);
        } catch (IOException e) {
            throw new BadInputException(path.toString(), "cannot read file: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new BadInputException(path, tooLarge(bytes.length, maxBytes));
        }
        if (bytes.length == 0) {
            throw new BadInputException(path, "empty file");
        }
        return new RawBulletin(RawBulletin.nameOf(path), path, bytes, file.metadata());
    }

    private static String tooLarge(long size, long maxBytes) {
        return "file too large: " + size + " bytes, the limit is " + maxBytes + " bytes ("
                + String.format(Locale.ROOT, "%.1f", maxBytes / (1024.0 * 1024.0)) + " MB)";
    }

    /** Whether a file's name makes it a bulletin when met in a folder walk. */
    public static boolean isBulletinFile(Path path) {
        Path namePart = path.getFileName();
        if (namePart == null) {
            return false;
        }
        String name = namePart.toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.equals(Manifest.FILE_NAME)
                || name.endsWith(".gold.json") || name.endsWith(".facts.json")) {
            return false;
        }
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Gathers files and metadata over one call to {@link #list}. */
    private static final class Collector {
        /** Files found, keyed by real path, valued by the absolute path they are reported under. */
        private final Map<Path, Path> files = new LinkedHashMap<>();
        private final Map<Path, SourceMetadata> folderMetadata = new HashMap<>();
        private final Map<Path, SourceMetadata> explicitMetadata = new HashMap<>();
        /** Folder manifests already read, so that a folder's manifest is read once. */
        private final Map<Path, Boolean> manifestsRead = new HashMap<>();
        /** Files (or manifests) that cannot be read, with the reason, reported when read. */
        private final Map<Path, String> problems = new HashMap<>();
        /** The folders given as inputs: an explicit manifest's entries may name their files. */
        final List<Path> inputFolders = new ArrayList<>();

        void input(Path input) {
            Objects.requireNonNull(input, "input");
            if (!Files.exists(input)) {
                throw new BadInputException(input, "input not found");
            }
            if (Files.isDirectory(input)) {
                walk(input);
            } else if (input.getFileName().toString().equalsIgnoreCase(Manifest.FILE_NAME)) {
                manifest(input, true);
            } else if (isBulletinFile(input)) {
                Path parent = input.toAbsolutePath().normalize().getParent();
                if (parent != null) {
                    folderManifest(parent);
                }
                add(input);
            } else {
                throw new BadInputException(input, "not a bulletin file (expected .txt, .html or .htm)");
            }
        }

        /**
         * Reads a manifest. An explicit one adds the files it lists; a folder's only gives metadata to the
         * files the walk finds (so a single file given as input does not pull in its neighbours).
         */
        void manifest(Path manifest, boolean explicit) {
            Map<Path, SourceMetadata> entries;
            try {
                entries = Manifest.readByPath(manifest);
            } catch (BadInputException e) {
                // a bad manifest is one failure; the other inputs are still built
                Path at = manifest.toAbsolutePath().normalize();
                problems.put(at, e.problem());
                files.putIfAbsent(at, at);
                return;
            }
            if (explicit) {
                entries = inInputFolders(manifest, entries);
            }
            for (Map.Entry<Path, SourceMetadata> e : entries.entrySet()) {
                if (!Files.isRegularFile(e.getKey())) {
                    if (explicit) {
                        Path at = e.getKey().toAbsolutePath().normalize();
                        problems.put(at, "listed in " + manifest + " but "
                                + (Files.exists(at) ? "not a regular file" : "the file does not exist"));
                        files.putIfAbsent(at, at);
                        explicitMetadata.put(at, e.getValue());
                    }
                    continue;
                }
                if (explicit) {
                    explicitMetadata.put(add(e.getKey()), e.getValue());
                } else {
                    folderMetadata.put(realPath(e.getKey()), e.getValue());
                }
            }
            LOG.debug("manifest {}: {} entries", manifest, entries.size());
        }

        /**
         * An explicit manifest's entries whose file is not beside the manifest name the file of that name in an
         * input folder (build DIR --manifest ELSEWHERE/manifest.json): said once, with the folders meant.
         */
        private Map<Path, SourceMetadata> inInputFolders(Path manifest, Map<Path, SourceMetadata> entries) {
            if (inputFolders.isEmpty()) {
                return entries;
            }
            Map<Path, SourceMetadata> out = new LinkedHashMap<>();
            Map<Path, Integer> matched = new LinkedHashMap<>();
            for (Map.Entry<Path, SourceMetadata> e : entries.entrySet()) {
                Path file = e.getKey();
                if (!Files.isRegularFile(file)) {
                    for (Path folder : inputFolders) {
                        Path there = folder.resolve(e.getValue().file()).normalize();
                        if (there.startsWith(folder) && Files.isRegularFile(there)) {
                            file = there;
                            matched.merge(folder, 1, Integer::sum);
                            break;
                        }
                    }
                }
                out.putIfAbsent(file, e.getValue());
            }
            matched.forEach((folder, n) -> LOG.info("{}: {} of its {} entries name files in {}", manifest, n, entries.size(), folder));
            return out;
        }

        private void folderManifest(Path folder) {
            Path manifest = folder.resolve(Manifest.FILE_NAME);
            if (manifestsRead.putIfAbsent(folder, Boolean.TRUE) == null && Files.isRegularFile(manifest)) {
                manifest(manifest, false);
            }
        }

        private void walk(Path root) {
            Path start = root.toAbsolutePath().normalize();
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(start) && isHidden(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        folderManifest(dir);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && isBulletinFile(file)) {
                            add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new BadInputException(root.toString(), "cannot list folder: " + e.getMessage(), e);
            }
        }

        /** Records a file; returns the key it is kept under. */
        private Path add(Path file) {
            Path real = realPath(file);
            files.putIfAbsent(real, file.toAbsolutePath().normalize());
            return real;
        }

        private static Path realPath(Path file) {
            try {
                return file.toAbsolutePath().normalize().toRealPath();
            } catch (IOException e) {
                throw new BadInputException(file.toString(), "cannot resolve path: " + e.getMessage(), e);
            }
        }

        List<SourceFile> result() {
            List<SourceFile> out = new ArrayList<>(files.size());
            for (Map.Entry<Path, Path> e : files.entrySet()) {
                Path real = e.getKey();
                Path path = e.getValue();
                SourceMetadata meta = explicitMetadata.get(real);
                if (meta == null) {
                    meta = folderMetadata.get(real);
                }
                if (meta == null) {
                    meta = SourceMetadata.unknown(path.getFileName().toString());
                }
                out.add(new SourceFile(path, meta, problems.get(real)));
            }
            out.sort(Comparator.comparing(f -> f.path().toString()));
            return List.copyOf(withoutRepeats(out));
        }

        /**
         * A bulletin name names a graph, so two files with one name cannot both be built; and the same bytes
         * under two names are one bulletin, not two. The later file of either pair is marked with the problem
         * (so it is reported when read) and the first is kept. Only files of equal size are hashed.
         */
        private static List<SourceFile> withoutRepeats(List<SourceFile> files) {
            Map<String, Path> names = new HashMap<>();
            Map<Long, List<Path>> sizes = new HashMap<>();
            Map<String, Path> digests = new HashMap<>();
            List<SourceFile> out = new ArrayList<>(files.size());
            for (SourceFile f : files) {
                if (f.problem() != null) {
                    out.add(f);
                    continue;
                }
                String name = RawBulletin.nameOf(f.path());
                Path earlier = names.putIfAbsent(name, f.path());
                String problem = null;
                if (earlier != null) {
                    problem = "another bulletin named '" + name + "' was already read from " + earlier
                            + "; bulletin names must be unique";
                } else {
                    Path same = sameContentAs(f.path(), sizes, digests);
                    if (same != null) {
                        problem = "same content as " + same + " (already read): one bulletin is built once";
                        names.remove(name);
                    }
                }
                out.add(problem == null ? f : new SourceFile(f.path(), f.metadata(), problem));
            }
            return out;
        }

        private static Path sameContentAs(Path file, Map<Long, List<Path>> sizes, Map<String, Path> digests) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                return null; // reported when the file is read
            }
            List<Path> sameSize = sizes.computeIfAbsent(size, k -> new ArrayList<>());
            sameSize.add(file);
            if (sameSize.size() == 1) {
                return null;
            }
            if (sameSize.size() == 2) {
                Path first = sameSize.get(0);
                String d = digest(first);
                if (d != null) {
                    digests.putIfAbsent(d, first);
                }
            }
            String d = digest(file);
            if (d == null) {
                return null;
            }
            Path earlier = digests.putIfAbsent(d, file);
            return earlier;
        }

        private static String digest(Path file) {
            try (var in = Files.newInputStream(file)) {
                java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
                return java.util.HexFormat.of().formatHex(md.digest());
            } catch (IOException e) {
                return null;
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
