package org.bulletinkg.eval;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading gold files and writing facts files for the scorer tests. */
final class EvalFixtures {
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();
    static final String GOLD = ".gold.json";
    static final String FACTS = ".facts.json";

    private EvalFixtures() {
    }

    /** The gold files of a directory, sorted. */
    static List<Path> goldFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(GOLD)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NAME of NAME.gold.json. */
    static String bulletinName(Path goldFile) {
        String name = goldFile.getFileName().toString();
        return name.substring(0, name.length() - GOLD.length());
    }

    static JsonObject readObject(Path file) {
        try {
            return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeJson(Path file, JsonElement json) {
        write(file, GSON.toJson(json));
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a perfect extractor would write for this gold: the same meetings, people, strategies and
     * reporters; organizations and places flattened to their canonical (first) names; no optional fields.
     */
    static JsonObject perfectFacts(JsonObject gold) {
        JsonObject facts = new JsonObject();
        for (String field : List.of("title", "meetings", "people", "strategies", "reporters")) {
            if (gold.has(field)) {
                facts.add(field, gold.get(field).deepCopy());
            }
        }
        for (String field : List.of("organizations", "places")) {
            JsonArray flat = new JsonArray();
            if (gold.has(field)) {
                for (JsonElement group : gold.getAsJsonArray(field)) {
                    flat.add(group.isJsonArray() ? group.getAsJsonArray().get(0) : group);
                }
            }
            facts.add(field, flat);
        }
        return facts;
    }

    /** Writes perfect facts for every gold file of goldDir into factsDir. */
    static void writePerfectFacts(Path goldDir, Path factsDir) {
        for (Path gold : goldFiles(goldDir)) {
            writeJson(factsDir.resolve(bulletinName(gold) + FACTS), perfectFacts(readObject(gold)));
        }
    }

    /** The string with ASCII turned full-width (what NFKC folds back). */
    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7f ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
