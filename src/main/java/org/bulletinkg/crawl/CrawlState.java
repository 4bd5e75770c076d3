package org.bulletinkg.crawl;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletinkg.BadInputException;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.source.Manifest;

/**
 * What a crawl into a folder knows from its earlier runs, in the folder's {@code .crawl/} (a hidden folder:
 * the build passes it over): the listing pages with their ETag, Last-Modified and links, every article
 * address met with what became of it, the sites' robots.txt, and the files and manifests the crawl wrote
 * (what it may overwrite).
 *
 * <p>Crash safety: every change is one line appended to {@code journal.jsonl} and forced to disk before the
 * crawl goes on; {@code state.json} is a snapshot, replaced atomically, after which the journal is emptied.
 * Loading replays the journal over the snapshot (each line an upsert, so replaying one twice does no harm)
 * and ignores a torn last line. A file is recorded as pending before it is moved into place, so a crawl killed
 * in between knows the file as its own. A lock file keeps two crawls out of one folder.
 */
final class CrawlState implements AutoCloseable {
    static final String FOLDER = ".crawl";
    static final String PROGRAM = "bulletin-kg crawl";
    private static final int VERSION = 1;
    private static final int COMPACT_EVERY = 1_000;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A listing page as last fetched. */
    record ListingRecord(String url, String etag, String lastModified, List<String> pages, List<LinkRecord> articles,
                         String fetched) {
    }

    /** An article link as a listing gave it. */
    record LinkRecord(String url, String text, String date) {
    }

    /** What became of an article address. */
    enum Status {
        /** fetched and written to {@code file} */
        STORED,
        /** the same bytes as the article at {@code duplicateOf} */
        DUPLICATE,
        /** could not be had; {@code problem} says why */
        FAILED,
        /** published before the --since of the run that fetched it */
        OLD
    }

    /**
     * An article address and what became of it.
     *
     * @param url          the address a listing links to
     * @param status       what became of it
     * @param file         the file it was written to (STORED)
     * @param sha256       its bytes' hash (STORED, DUPLICATE)
     * @param charset      the HTTP charset it came with, or null
     * @param published    its publication day (yyyy-mm-dd), or null
     * @param source       the address it came from after redirects
     * @param jurisdiction the --jurisdiction of the run that fetched it, or null
     * @param duplicateOf  the address of the stored article with the same bytes (DUPLICATE)
     * @param problem      why it failed (FAILED)
     * @param fetched      when
     */
    record ArticleRecord(String url, Status status, String file, String sha256, String charset, String published,
                         String source, String jurisdiction, String duplicateOf, String problem, String fetched) {
    }

    /** A site's robots.txt as fetched ("" for none). */
    record RobotsRecord(String origin, String text, String fetched) {
    }

    private static final class Snapshot {
        String program = PROGRAM;
        int version = VERSION;
        Map<String, ListingRecord> listings = new LinkedHashMap<>();
        Map<String, ArticleRecord> articles = new LinkedHashMap<>();
        Map<String, RobotsRecord> robots = new LinkedHashMap<>();
        Set<String> files = new LinkedHashSet<>();
        List<String> manifests = new ArrayList<>();
    }

    private final Path out;
    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Snapshot snapshot;
    private FileChannel journal;
    private int sinceCompaction;

    private CrawlState(Path out, Path folder, FileChannel lockChannel, FileLock lock, Snapshot snapshot) {
        this.out = out;
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.snapshot = snapshot;
    }

    /**
     * The state of a crawl into {@code out}, created when the folder has none. Refuses a folder that holds a
     * manifest.json without a crawl state (another program's, which the crawl would overwrite), a state that is not
     * a crawl's, and a folder another crawl is writing.
     */
    static CrawlState open(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out, "--out must be a folder; this is a file");
        }
        Path folder = out.resolve(FOLDER);
        Path stateFile = folder.resolve("state.json");
        boolean fresh = !Files.exists(stateFile);
        if (fresh && Files.exists(out.resolve(Manifest.FILE_NAME))) {
            throw new BadInputException(out.resolve(Manifest.FILE_NAME).toString(), "this folder holds a manifest.json"
                    + " that bulletin-kg crawl did not write; the crawl would overwrite it. Crawl into another folder"
                    + " (--out), or move the manifest away");
        }
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(folder);
            lockChannel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new BadInputException(out, "another crawl is writing into this folder");
            }
            removeTemporaryFiles(folder);
            Snapshot snapshot = fresh ? new Snapshot() : readSnapshot(stateFile);
            CrawlState state = new CrawlState(out, folder, lockChannel, lock, snapshot);
            state.replayJournal();
            if (fresh) {
                state.writeSnapshot();
            }
            state.journal = FileChannel.open(state.journalFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return state;
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new BadInputException(folder.toString(), "cannot use the crawl state: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    /** The temporary files a killed crawl left in its own folder. */
    private static void removeTemporaryFiles(Path folder) throws IOException {
        try (var files = Files.newDirectoryStream(folder, ".tmp-*.part")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    private static Snapshot readSnapshot(Path stateFile) throws IOException {
        Snapshot s;
        try {
            s = GSON.fromJson(Files.readString(stateFile, StandardCharsets.UTF_8), Snapshot.class);
        } catch (JsonParseException e) {
            throw new BadInputException(stateFile.toString(), "not a crawl state (bad JSON: " + e.getMessage() + ")", e);
        }
        if (s == null || !PROGRAM.equals(s.program)) {
            throw new BadInputException(stateFile, "not a crawl state of bulletin-kg crawl; crawl into another folder");
        }
        if (s.version != VERSION) {
            throw new BadInputException(stateFile, "a crawl state of version " + s.version + "; this bulletin-kg reads "
                    + VERSION + ": crawl into another folder");
        }
        return s;
    }

    private Path journalFile() {
        return folder.resolve("journal.jsonl");
    }

    private void replayJournal() throws IOException {
        Path file = journalFile();
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                apply(JsonParser.parseString(line).getAsJsonObject());
            } catch (JsonParseException | IllegalStateException | NullPointerException e) {
                if (i == lines.size() - 1) {
                    // the line a killed crawl was writing: its change never happened
                    continue;
                }
                throw new BadInputException(file.toString(), "line " + (i + 1) + " is damaged: " + e.getMessage(), e);
            }
        }
    }

    private void apply(JsonObject event) {
        String type = event.get("t").getAsString();
        JsonObject v = event.getAsJsonObject("v");
        switch (type) {
            case "listing" -> {
                ListingRecord r = GSON.fromJson(v, ListingRecord.class);
                snapshot.listings.put(r.url(), r);
            }
            case "article" -> {
                ArticleRecord r = GSON.fromJson(v, ArticleRecord.class);
                snapshot.articles.remove(r.url());
                snapshot.articles.put(r.url(), r);
            }
            case "robots" -> {
                RobotsRecord r = GSON.fromJson(v, RobotsRecord.class);
                snapshot.robots.put(r.origin(), r);
            }
            case "file" -> snapshot.files.add(v.get("name").getAsString());
            case "manifest" -> {
                snapshot.manifests.add(v.get("sha256").getAsString());
                while (snapshot.manifests.size() > 2) {
                    snapshot.manifests.remove(0);
                }
            }
            default -> throw new IllegalStateException("unknown event " + type);
        }
    }

    private void record(String type, Object value) {
        JsonObject event = new JsonObject();
        event.addProperty("t", type);
        event.add("v", GSON.toJsonTree(value));
        apply(event);
        byte[] line = (GSON.toJson(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                journal.write(buf);
            }
            journal.force(false);
        } catch (IOException e) {
            throw new BulletinKgException("cannot write the crawl journal " + journalFile(), e);
        }
        if (++sinceCompaction >= COMPACT_EVERY) {
            compact();
        }
    }

    ListingRecord listing(String url) {
        return snapshot.listings.get(url);
    }

    void putListing(ListingRecord r) {
        record("listing", r);
    }

    ArticleRecord article(String url) {
        return snapshot.articles.get(url);
    }

    /** Every article address met, in the order first met. */
    List<ArticleRecord> articles() {
        return List.copyOf(snapshot.articles.values());
    }

    void putArticle(ArticleRecord r) {
        record("article", r);
    }

    /** The robots.txt of an origin fetched within the last day, or null. */
    String freshRobots(String origin, Instant now) {
        RobotsRecord r = snapshot.robots.get(origin);
        if (r == null || Instant.parse(r.fetched()).isBefore(now.minusSeconds(24 * 3600))) {
            return null;
        }
        return r.text();
    }

    void putRobots(String origin, String text, Instant now) {
        record("robots", new RobotsRecord(origin, text, now.toString()));
    }

    /** Whether the crawl wrote (or was about to write) a file of the folder. */
    boolean ownsFile(String name) {
        return snapshot.files.contains(name);
    }

    /** Records a file as the crawl's before it is moved into place. */
    void claimFile(String name) {
        if (!snapshot.files.contains(name)) {
            record("file", Map.of("name", name));
        }
    }

    /** Whether a manifest's hash is one the crawl wrote (the last, or the one it was about to write). */
    boolean wroteManifest(String sha256) {
        return snapshot.manifests.contains(sha256);
    }

    void manifestWriting(String sha256) {
        record("manifest", Map.of("sha256", sha256));
    }

    /** Writes the snapshot (atomically) and empties the journal. */
    void compact() {
        try {
            writeSnapshot();
            if (journal != null) {
                journal.truncate(0);
                journal.force(true);
            } else {
                Files.deleteIfExists(journalFile());
            }
            sinceCompaction = 0;
        } catch (IOException e) {
            throw new BulletinKgException("cannot write the crawl state in " + folder, e);
        }
    }

    private void writeSnapshot() throws IOException {
        writeAtomically(folder.resolve("state.json"), new GsonBuilder().disableHtmlEscaping().setPrettyPrinting()
                .create().toJson(snapshot).getBytes(StandardCharsets.UTF_8), folder);
    }

    /** Writes a file through a temporary one in {@code tmpFolder}, forced to disk and moved into place. */
    static void writeAtomically(Path target, byte[] bytes, Path tmpFolder) throws IOException {
        // not Files.createTempFile: its owner-only permissions would pass to the file moved into place
        Path tmp = tmpFolder.resolve(".tmp-" + java.util.UUID.randomUUID() + ".part");
        try {
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    c.write(buf);
                }
                c.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    Path folder() {
        return folder;
    }

    Path out() {
        return out;
    }

    @Override
    public void close() {
        try {
            compact();
        } finally {
            try {
                if (journal != null) {
                    journal.close();
                }
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                throw new BulletinKgException("cannot close the crawl state in " + folder, e);
            }
        }
    }
}
