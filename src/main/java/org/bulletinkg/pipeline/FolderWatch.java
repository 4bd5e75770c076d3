package org.bulletinkg.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bulletinkg.BadInputException;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder (and its subfolders) for bulletin files and manifests that are new or have changed, and hands
 * them to a build once they have settled: a file is taken only when its size and modification time have not
 * changed for the settle time, so a file still being written (copied, downloaded) is never read half. The files
 * already there when the watch starts are built first. A file whose build fails is not retried until it changes.
 */
public final class FolderWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    /** Builds settled files: bulletin files (with their folders' manifests), or one changed manifest's files. */
    @FunctionalInterface
    public interface Build {
        void build(List<Path> bulletins, Path manifestOrNull);
    }

    private record Stamp(long size, long modified) {
    }

    private record Pending(Stamp stamp, long since) {
    }

    private final Path dir;
    private final Duration settle;
    private final Build build;
    private final Map<Path, Stamp> built = new HashMap<>();
    private final Map<Path, Pending> pending = new HashMap<>();
    private final ScheduledExecutorService poller;

    private FolderWatch(Path dir, Duration settle, Build build) {
        this.dir = dir.toAbsolutePath().normalize();
        this.settle = settle;
        this.build = build;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bulletin-kg-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching {@code dir}, looking every {@code poll}.
     *
     * @throws BadInputException if {@code dir} is not a folder
     */
    public static FolderWatch start(Path dir, Duration poll, Duration settle, Build build) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "not a folder: --watch needs the folder new bulletins arrive in");
        }
        FolderWatch w = new FolderWatch(dir, settle, build);
        LOG.info("watch: {} (new or changed .txt, .html, .htm and manifest.json files are built once unchanged for {} ms)",
                w.dir, settle.toMillis());
        w.poller.scheduleWithFixedDelay(w::pollQuietly, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("watch: {}: {}", dir, e.getMessage(), e);
        }
    }

    /** One look at the folder: what has settled since it last changed is built. */
    synchronized void poll() {
        long now = System.nanoTime();
        List<Path> bulletins = new ArrayList<>();
        List<Path> manifests = new ArrayList<>();
        Map<Path, Stamp> settled = new LinkedHashMap<>();
        for (Map.Entry<Path, Stamp> e : scan().entrySet()) {
            Path file = e.getKey();
            Stamp stamp = e.getValue();
            if (stamp.equals(built.get(file))) {
                pending.remove(file);
                continue;
            }
            Pending p = pending.get(file);
            if (p == null || !p.stamp().equals(stamp)) {
                pending.put(file, new Pending(stamp, now));
                continue;
            }
            if (stamp.size() > 0 && now - p.since() >= settle.toNanos()) {
                settled.put(file, stamp);
                (isManifest(file) ? manifests : bulletins).add(file);
            }
        }
        for (Path manifest : manifests) {
            run(List.of(), manifest);
        }
        if (!bulletins.isEmpty()) {
            run(bulletins, null);
        }
        settled.forEach((file, stamp) -> {
            built.put(file, stamp);
            pending.remove(file);
        });
    }

    private void run(List<Path> bulletins, Path manifest) {
        long t0 = System.nanoTime();
        try {
            build.build(bulletins, manifest);
        } catch (RuntimeException e) {
            LOG.error("watch: the build of {} failed: {}", manifest != null ? manifest : bulletins.size() + " files", e.getMessage(), e);
            return;
        }
        LOG.debug("watch: build of {} took {} ms", manifest != null ? manifest : bulletins.size() + " files",
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static boolean isManifest(Path file) {
        return file.getFileName().toString().equalsIgnoreCase(Manifest.FILE_NAME);
    }

    /** The bulletin files and manifests under the folder, with their size and modification time. */
    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> found = new LinkedHashMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(dir) || !d.getFileName().toString().startsWith(".") ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && (BulletinSources.isBulletinFile(file) || isManifest(file))) {
                        found.put(file, new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone between listing and reading: seen next time, if back
                }
            });
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), "cannot list the watched folder: " + e.getMessage(), e);
        }
        return found;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
