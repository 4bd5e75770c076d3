package org.bulletinkg.serve;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.bulletinkg.StoreException;

/**
 * What a running server leaves in the folder of the database it holds, so that the program's other commands
 * can reach it: the address of its control endpoint, a secret token, and its process id. The file is readable
 * and writable by its owner only; it is removed when the server stops.
 *
 * @param url   the server's base URL as reachable from this machine, e.g. {@code http://127.0.0.1:3030}
 * @param token the secret a request must carry (HTTP {@code Authorization: Bearer TOKEN})
 * @param pid   the server's process id
 */
public record ControlHandle(String url, String token, long pid) {
    /** The handle's file name inside the database folder. */
    public static final String FILE = "server.json";
    private static final Gson GSON = new Gson();

    /** The handle of the server holding the database in {@code db}, if the folder has one. */
    public static Optional<ControlHandle> find(Path db) {
        Path file = db.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ControlHandle h = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), ControlHandle.class);
            if (h == null || h.url() == null || h.token() == null) {
                throw new StoreException(file + ": not a server handle of bulletin-kg (no url or token)");
            }
            return Optional.of(h);
        } catch (IOException | JsonParseException e) {
            throw new StoreException(file + ": cannot read the running server's handle (" + e.getMessage() + ")", e);
        }
    }

    /** Whether the process that wrote the handle is still running on this machine. */
    public boolean processAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Writes the handle into {@code db}, readable by its owner only, replacing only a handle whose server is gone.
     *
     * @throws StoreException if another live server's handle is there
     */
    void writeTo(Path db) {
        Path file = db.resolve(FILE);
        Optional<ControlHandle> old = find(db);
        if (old.isPresent() && old.get().pid() != pid && old.get().processAlive()) {
            throw new StoreException(db + ": another bulletin-kg server (process " + old.get().pid() + ") holds this database");
        }
        try {
            Path tmp = Files.createTempFile(db, ".server-", ".json");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions guard the file
            }
            Files.writeString(tmp, GSON.toJson(this) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the server's handle (" + e.getMessage() + ")", e);
        }
    }

    /** Removes this server's handle from {@code db} (another server's is left alone). */
    void removeFrom(Path db) {
        try {
            deleteIfStillThere(db);
        } catch (IOException | StoreException e) {
            // the server is stopping: a handle left behind is recognised as stale (its process is gone)
        }
    }

    /** Removes a handle whose server process is gone (it crashed or was killed). */
    public static void removeStale(Path db, ControlHandle stale) {
        if (stale.processAlive()) {
            return;
        }
        try {
            stale.deleteIfStillThere(db);
        } catch (IOException e) {
            throw new StoreException(db.resolve(FILE) + ": cannot remove the handle of a server that is gone ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Deletes the handle file if it is still this handle (another server's is left alone). */
    private void deleteIfStillThere(Path db) throws IOException {
        Optional<ControlHandle> there = find(db);
        if (there.isPresent() && there.get().token().equals(token)) {
            Files.deleteIfExists(db.resolve(FILE));
        }
    }
}
