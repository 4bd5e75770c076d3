package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The notebooks in queries/notebooks are stored without outputs and use the query library rather than
 * copies of it. (CI runs them against a live server: .ci/run.)
 */
class NotebooksTest {
    private static final Path NOTEBOOKS = QueryLibraryTest.LIBRARY.resolve("notebooks");
    // bkg.select("NAME", ...) and bkg.load_query("NAME", ...)
    private static final Pattern QUERY_USE = Pattern.compile("bkg\\.(?:select|load_query)\\(\"([^\"]+)\"");

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @Test
    void thereAreAtLeastTwoNotebooksStoredWithoutOutputs() throws IOException {
        List<Path> notebooks = notebooks();
        assertTrue(notebooks.size() >= 2, notebooks.toString());
        for (Path notebook : notebooks) {
            JsonObject json = JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals(4, json.get("nbformat").getAsInt(), notebook.toString());
            assertEquals("python3", json.getAsJsonObject("metadata").getAsJsonObject("kernelspec").get("name").getAsString());
            for (JsonElement element : json.getAsJsonArray("cells")) {
                JsonObject cell = element.getAsJsonObject();
                if (!"code".equals(cell.get("cell_type").getAsString()))
                    continue;
                assertEquals(0, cell.getAsJsonArray("outputs").size(), notebook + ": a cell was stored with its output");
                assertTrue(cell.get("execution_count").isJsonNull(), notebook + ": a cell was stored with its execution count");
            }
        }
    }

    @Test
    void notebooksLoadTheLibrarysQueriesAndNeverCarryTheirOwn() throws IOException {
        for (Path notebook : notebooks()) {
            String text = source(notebook);
            Matcher uses = QUERY_USE.matcher(text);
            int count = 0;
            while (uses.find()) {
                count++;
                Path query = QueryLibraryTest.LIBRARY.resolve(uses.group(1) + ".rq");
                assertTrue(Files.exists(query), notebook + " uses " + query + ", which does not exist");
            }
            assertTrue(count >= 3, notebook + " runs " + count + " library queries");
            for (String keyword : List.of("SELECT ", "CONSTRUCT ", "PREFIX "))
                assertFalse(text.contains(keyword), notebook + " carries SPARQL of its own (" + keyword.strip() + ")");
        }
    }

    @Test
    void theEndpointComesFromTheEnvironment() throws IOException {
        String helper = Files.readString(NOTEBOOKS.resolve("bkg.py"), StandardCharsets.UTF_8);
        assertTrue(helper.contains("os.environ.get(\"BULLETIN_KG_ENDPOINT\", \"http://localhost:3030/kg/sparql\")"), helper);
    }

    /** The code of a notebook's cells, joined. */
    private static String source(Path notebook) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject();
        StringBuilder code = new StringBuilder();
        for (JsonElement element : json.getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            if (!"code".equals(cell.get("cell_type").getAsString()))
                continue;
            JsonElement source = cell.get("source");
            if (source.isJsonArray())
                source.getAsJsonArray().forEach(line -> code.append(line.getAsString()));
            else
                code.append(source.getAsString());
            code.append('\n');
        }
        return code.toString();
    }
}
