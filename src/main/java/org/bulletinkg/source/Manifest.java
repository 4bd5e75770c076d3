package org.bulletinkg.source;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bulletinkg.BadInputException;

/**
 * Reads a {@code manifest.json}: a JSON array of objects
 * {@code {"file": ..., "source_url": ..., "jurisdiction": ..., "published": "YYYY-MM-DD" | null}}.
 *
 * <p>File names are relative to the manifest's folder and may not leave it. Every listed file must exist.
 * Anything wrong is a {@link BadInputException} naming the manifest and, where there is one, the entry.
 */
public final class Manifest {
    /** The file name a folder's manifest has. */
    public static final String FILE_NAME = "manifest.json";

    private static final Gson GSON = new Gson();

    private Manifest() {
    }

    /**
     * The entries of a manifest, in the order it lists them; a file listed twice with the same data appears
     * once.
     */
    public static List<SourceMetadata> read(Path manifest) {
        return List.copyOf(readByPath(manifest).values());
    }

    /**
     * The entries of a manifest keyed by the absolute, normalised path of the file each one describes, in the
     * order the manifest lists them.
     */
    public static Map<Path, SourceMetadata> readByPath(Path manifest) {
        Path folder = folderOf(manifest);
        JsonArray array = parseArray(manifest);
        Map<Path, SourceMetadata> entries = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "entry " + (i + 1);
            SourceMetadata meta = entry(manifest, where, array.get(i));
            Path file = resolve(manifest, folder, where, meta.file());
            SourceMetadata earlier = entries.get(file);
            if (earlier != null && !sameData(earlier, meta)) {
                throw new BadInputException(manifest, where + " (\"" + meta.file()
                        + "\"): file listed twice with different data");
            }
            entries.putIfAbsent(file, meta);
        }
        return entries;
    }

    /** Whether two entries for one file say the same of it (however they spell its name). */
    private static boolean sameData(SourceMetadata a, SourceMetadata b) {
        return Objects.equals(a.sourceUrl(), b.sourceUrl()) && Objects.equals(a.jurisdiction(), b.jurisdiction())
                && Objects.equals(a.published(), b.published());
    }

    /** Where the file an entry names lies, given the manifest it came from (no existence check). */
    public static Path resolve(Path manifest, SourceMetadata entry) {
        return resolve(manifest, folderOf(manifest), "entry \"" + entry.file() + "\"", entry.file());
    }

    private static Path folderOf(Path manifest) {
        Path parent = manifest.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            throw new BadInputException(manifest, "manifest has no parent folder");
        }
        return parent;
    }

    private static JsonArray parseArray(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            throw new BadInputException(manifest, Files.exists(manifest) ? "manifest is not a file" : "manifest not found");
        }
        String json;
        try {
            json = utf8(Files.readAllBytes(manifest));
        } catch (CharacterCodingException e) {
            throw new BadInputException(manifest.toString(), "manifest is not UTF-8", e);
        } catch (IOException e) {
            throw new BadInputException(manifest.toString(), "cannot read manifest: " + e.getMessage(), e);
        }
        JsonElement root;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            root = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new BadInputException(manifest, "bad JSON: unexpected content after the array");
            }
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new BadInputException(manifest.toString(), "bad JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isJsonArray()) {
            throw new BadInputException(manifest, "bad JSON: expected an array of entries");
        }
        return root.getAsJsonArray();
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                .toString();
    }

    private static SourceMetadata entry(Path manifest, String where, JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw new BadInputException(manifest, where + ": expected an object");
        }
        JsonObject obj = element.getAsJsonObject();
        String file = string(manifest, where, obj, "file");
        if (file == null || file.isBlank()) {
            throw new BadInputException(manifest, where + ": missing \"file\"");
        }
        where = where + " (\"" + file + "\")";
        String url = string(manifest, where, obj, "source_url");
        if (url != null && !url.isBlank() && !url.matches("(?i)https?://\\S+")) {
            throw new BadInputException(manifest, where + ": source_url must be an http(s) URL, not \"" + url + "\"");
        }
        String jurisdiction = string(manifest, where, obj, "jurisdiction");
        String published = string(manifest, where, obj, "published");
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            try {
                date = LocalDate.parse(published.trim());
            } catch (DateTimeParseException e) {
                throw new BadInputException(manifest.toString(), where + ": bad date \"" + published
                        + "\" (expected YYYY-MM-DD or null)", e);
            }
        }
        return new SourceMetadata(file, blankToNull(url), blankToNull(jurisdiction), date);
    }

    /** A string member, null when absent or JSON null; any other type is an error. */
    private static String string(Path manifest, String where, JsonObject obj, String key) {
        JsonElement value = obj.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new BadInputException(manifest, where + ": \"" + key + "\" must be a string or null");
        }
        return value.getAsString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Path resolve(Path manifest, Path folder, String where, String file) {
        Path relative;
        try {
            relative = Path.of(file);
        } catch (InvalidPathException e) {
            throw new BadInputException(manifest.toString(), where + ": bad file name \"" + file + "\"", e);
        }
        if (relative.isAbsolute() || file.startsWith("/") || file.startsWith("\\")) {
            throw new BadInputException(manifest, where + ": absolute path \"" + file
                    + "\" not allowed; paths are relative to the manifest's folder");
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new BadInputException(manifest, where + ": path \"" + file + "\" leaves the manifest's folder");
            }
        }
        Path resolved = folder.resolve(relative).normalize();
        if (!resolved.startsWith(folder)) {
            throw new BadInputException(manifest, where + ": path \"" + file + "\" leaves the manifest's folder");
        }
        return resolved;
    }
}
