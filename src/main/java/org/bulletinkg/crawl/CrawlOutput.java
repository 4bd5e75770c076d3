package org.bulletinkg.crawl;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinkg.BadInputException;
import org.bulletinkg.source.Manifest;

/**
 * The crawl's folder: article files and the manifest.json the build reads, written atomically, never over a
 * file the crawl did not write.
 */
final class CrawlOutput {
    private final Path out;
    private final CrawlState state;

    CrawlOutput(CrawlState state) {
        this.out = state.out();
        this.state = state;
    }

    /** Refuses a manifest.json changed (or written) by someone else since the crawl last wrote it. */
    void checkManifest() {
        Path manifest = out.resolve(Manifest.FILE_NAME);
        if (Files.exists(manifest) && !state.wroteManifest(Addresses.sha256(read(manifest)))) {
            throw new BadInputException(manifest.toString(), "changed since bulletin-kg crawl wrote it; the crawl would"
                    + " overwrite the changes. Move it away (the crawl writes it again), or crawl into another folder");
        }
    }

    /** Writes an article's bytes as received; false when a file of that name exists that the crawl did not write. */
    boolean write(String name, byte[] bytes) {
        Path target = out.resolve(name);
        if (Files.exists(target) && !state.ownsFile(name)) {
            return false;
        }
        state.claimFile(name);
        try {
            CrawlState.writeAtomically(target, bytes, state.folder());
        } catch (IOException e) {
            throw new BadInputException(target.toString(), "cannot write: " + e.getMessage(), e);
        }
        return true;
    }

    /** Removes a file the crawl wrote (and only such a file). */
    void remove(String name) {
        if (name == null || !state.ownsFile(name)) {
            return;
        }
        try {
            Files.deleteIfExists(out.resolve(name));
        } catch (IOException e) {
            throw new BadInputException(out.resolve(name).toString(), "cannot remove: " + e.getMessage(), e);
        }
    }

    /**
     * Writes manifest.json from the state: one entry per stored article, in the order the articles were first met,
     * with {@code charset} (the HTTP charset) beside the fields the build reads. Returns the number of entries.
     */
    int writeManifest() {
        checkManifest();
        JsonArray entries = new JsonArray();
        for (CrawlState.ArticleRecord a : state.articles()) {
            if (a.status() != CrawlState.Status.STORED) {
                continue;
            }
            JsonObject e = new JsonObject();
            e.addProperty("file", a.file());
            e.addProperty("source_url", a.source());
            e.addProperty("jurisdiction", a.jurisdiction());
            e.addProperty("published", a.published());
            e.addProperty("charset", a.charset());
            entries.add(e);
        }
        byte[] bytes = (new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(entries) + "\n").getBytes(StandardCharsets.UTF_8);
        state.manifestWriting(Addresses.sha256(bytes));
        try {
            CrawlState.writeAtomically(out.resolve(Manifest.FILE_NAME), bytes, state.folder());
        } catch (IOException e) {
            throw new BadInputException(out.resolve(Manifest.FILE_NAME).toString(), "cannot write: " + e.getMessage(), e);
        }
        return entries.size();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
