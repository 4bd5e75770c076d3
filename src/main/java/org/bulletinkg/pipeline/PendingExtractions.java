package org.bulletinkg.pipeline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.bulletinkg.StoreException;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.resolve.Iris;

/**
 * The extractions of stored bulletins whose meetings wait for a year from sibling meetings (a numbered meeting
 * dated 6月10日 only), kept beside the database ({@code DB_DIR/pending}, one gzipped JSON file per bulletin): a
 * later build that brings a dated sibling maps them again with the year, as a build of everything at once would
 * have. Not part of the graph; written before the bulletin's graph commits, so a killed build loses none.
 */
public final class PendingExtractions {
    /** The folder inside the database folder. */
    public static final String FOLDER = "pending";
    private static final Gson GSON = new GsonBuilder().registerTypeAdapter(LocalDate.class, new DateAdapter()).create();

    private final Path folder;

    public PendingExtractions(Path database) {
        this.folder = database.resolve(FOLDER);
    }

    /** The extraction as text (JSON), and back: what {@link #save} stores. */
    public static String toJson(Extraction x) {
        return GSON.toJson(x);
    }

    public static Extraction fromJson(String json) {
        return GSON.fromJson(json, Extraction.class);
    }

    private Path fileOf(String bulletinName) {
        return folder.resolve(Iris.slug(bulletinName) + ".json.gz");
    }

    /** Keeps a bulletin's extraction (replacing an earlier one of that bulletin). */
    public void save(Extraction x) {
        Path file = fileOf(x.bulletin().name());
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".saving-", ".tmp");
            try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
                GSON.toJson(x, w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot keep the extraction of a bulletin that waits for a year (" + e.getMessage() + ")", e);
        }
    }

    /** Forgets a bulletin's extraction: it no longer waits for a year. */
    public void remove(String bulletinName) {
        try {
            Files.deleteIfExists(fileOf(bulletinName));
        } catch (IOException e) {
            throw new StoreException(fileOf(bulletinName) + ": cannot remove (" + e.getMessage() + ")", e);
        }
    }

    /** Every kept extraction's file. */
    public List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            List<Path> out = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".json.gz")).sorted().toList());
            return out;
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    /** A kept extraction. */
    public static Extraction load(Path file) {
        try (Reader r = new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
            return GSON.fromJson(r, Extraction.class);
        } catch (IOException | JsonParseException e) {
            throw new StoreException(file + ": cannot read a kept extraction (" + e.getMessage() + "); build its bulletin again", e);
        }
    }

    private static final class DateAdapter extends TypeAdapter<LocalDate> {
        @Override
        public void write(JsonWriter out, LocalDate d) throws IOException {
            if (d == null) {
                out.nullValue();
            } else {
                out.value(d.toString());
            }
        }

        @Override
        public LocalDate read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return LocalDate.parse(in.nextString());
        }
    }
}
