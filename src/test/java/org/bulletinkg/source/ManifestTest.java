package org.bulletinkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bulletinkg.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    private Path manifest(String json) throws IOException {
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, json, StandardCharsets.UTF_8);
        return m;
    }

    private void bulletin(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "标题\n正文。", StandardCharsets.UTF_8);
    }

    private BadInputException bad(Path manifest) {
        return assertThrows(BadInputException.class, () -> Manifest.read(manifest));
    }

    @Test
    void readsTheDevManifest() {
        Path m = Fixtures.dev().resolve("manifest.json");
        List<SourceMetadata> entries = Manifest.read(m);
        assertEquals(10, entries.size());
        SourceMetadata first = entries.get(0);
        assertEquals(new SourceMetadata("000_3d9549ab54ff64b8.txt", null, "海淀区", null), first);
        SourceMetadata page = entries.get(3);
        assertEquals("102_changping-secretary-standing-96th.html", page.file());
        assertEquals("https://example.gov.cn/changping/xwzx/cpyw/202103/t20210306_0096.html", page.sourceUrl());
        assertEquals("昌平区", page.jurisdiction());
        assertEquals(LocalDate.of(2021, 3, 6), page.published());

        Map<Path, SourceMetadata> byPath = Manifest.readByPath(m);
        Path gbk = Fixtures.dev().resolve("108_chaoyang-joint-standing-carbon-group-gbk.html").toAbsolutePath().normalize();
        assertEquals(LocalDate.of(2022, 1, 19), byPath.get(gbk).published());
        assertEquals(gbk, Manifest.resolve(m, byPath.get(gbk)));
    }

    @Test
    void readsEntriesInSubfoldersAndIgnoresUnknownKeys() throws IOException {
        bulletin("sub/a.txt");
        Path m = manifest("[{\"file\": \"sub/a.txt\", \"jurisdiction\": \" \", \"notes\": \"x\"}]");
        List<SourceMetadata> entries = Manifest.read(m);
        assertEquals(List.of(new SourceMetadata("sub/a.txt", null, null, null)), entries);
        assertTrue(Manifest.readByPath(m).containsKey(dir.resolve("sub/a.txt").toAbsolutePath().normalize()));
    }

    @Test
    void badJsonNamesTheManifest() throws IOException {
        Path m = manifest("[{\"file\": \"a.txt\",}");
        BadInputException e = bad(m);
        assertTrue(e.getMessage().startsWith(m.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("bad JSON"), e.getMessage());
        assertEquals(m.toString(), e.file());
    }

    @Test
    void lenientJsonIsRefused() throws IOException {
        bulletin("a.txt");
        assertTrue(bad(manifest("[{'file': 'a.txt'}]")).getMessage().contains("bad JSON"));
        assertTrue(bad(manifest("[{\"file\": \"a.txt\"}] trailing")).getMessage().contains("bad JSON"));
    }

    @Test
    void notAnArrayIsRefused() throws IOException {
        assertTrue(bad(manifest("{\"file\": \"a.txt\"}")).getMessage().contains("expected an array"));
    }

    @Test
    void missingFileFieldNamesTheEntry() throws IOException {
        bulletin("a.txt");
        BadInputException e = bad(manifest("[{\"file\": \"a.txt\"}, {\"jurisdiction\": \"海淀区\"}]"));
        assertTrue(e.getMessage().contains("entry 2"), e.getMessage());
        assertTrue(e.getMessage().contains("missing \"file\""), e.getMessage());
    }

    @Test
    void badDateNamesTheEntryAndTheDate() throws IOException {
        bulletin("a.txt");
        BadInputException e = bad(manifest("[{\"file\": \"a.txt\", \"published\": \"2021-13-40\"}]"));
        assertTrue(e.getMessage().contains("entry 1 (\"a.txt\")"), e.getMessage());
        assertTrue(e.getMessage().contains("bad date \"2021-13-40\""), e.getMessage());
    }

    @Test
    void wrongTypeIsRefused() throws IOException {
        bulletin("a.txt");
        BadInputException e = bad(manifest("[{\"file\": \"a.txt\", \"published\": 20210101}]"));
        assertTrue(e.getMessage().contains("\"published\" must be a string or null"), e.getMessage());
    }

    @Test
    void listedFileThatDoesNotExistIsKeptForTheReaderToReport() throws IOException {
        Path m = manifest("[{\"file\": \"gone.txt\", \"published\": null}]");
        assertEquals("gone.txt", Manifest.read(m).get(0).file());
    }

    @Test
    void sourceUrlMustBeHttp() throws IOException {
        bulletin("a.txt");
        BadInputException e = bad(manifest("[{\"file\": \"a.txt\", \"source_url\": \"file:///etc/passwd\"}]"));
        assertTrue(e.getMessage().contains("source_url must be an http(s) URL"), e.getMessage());
    }

    @Test
    void pathsLeavingTheFolderAreRefused() throws IOException {
        Path inner = dir.resolve("inner");
        Files.createDirectories(inner);
        Files.writeString(dir.resolve("outside.txt"), "标题\n正文", StandardCharsets.UTF_8);
        Path m = inner.resolve("manifest.json");

        Files.writeString(m, "[{\"file\": \"../outside.txt\"}]", StandardCharsets.UTF_8);
        BadInputException up = assertThrows(BadInputException.class, () -> Manifest.read(m));
        assertTrue(up.getMessage().contains("leaves the manifest's folder"), up.getMessage());

        Files.writeString(m, "[{\"file\": \"sub/../../outside.txt\"}]", StandardCharsets.UTF_8);
        assertThrows(BadInputException.class, () -> Manifest.read(m));

        String absolute = dir.resolve("outside.txt").toAbsolutePath().toString().replace("\\", "\\\\");
        Files.writeString(m, "[{\"file\": \"" + absolute + "\"}]", StandardCharsets.UTF_8);
        BadInputException abs = assertThrows(BadInputException.class, () -> Manifest.read(m));
        assertTrue(abs.getMessage().contains("absolute path"), abs.getMessage());
    }

    @Test
    void sameFileTwiceIsOneEntryUnlessTheDataDiffer() throws IOException {
        bulletin("a.txt");
        Path same = manifest("[{\"file\": \"a.txt\", \"jurisdiction\": \"海淀区\"},"
                + " {\"file\": \"./a.txt\", \"jurisdiction\": \"海淀区\"}]");
        assertEquals(List.of(new SourceMetadata("a.txt", null, "海淀区", null)), Manifest.read(same));

        Path differ = manifest("[{\"file\": \"a.txt\", \"jurisdiction\": \"海淀区\"},"
                + " {\"file\": \"a.txt\", \"jurisdiction\": \"西城区\"}]");
        BadInputException e = bad(differ);
        assertTrue(e.getMessage().contains("entry 2 (\"a.txt\"): file listed twice with different data"),
                e.getMessage());
    }

    @Test
    void missingManifestIsRefused() {
        BadInputException e = bad(dir.resolve("manifest.json"));
        assertTrue(e.getMessage().contains("manifest not found"), e.getMessage());
    }

    @Test
    void nullPublishedIsNull() throws IOException {
        bulletin("a.txt");
        assertNull(Manifest.read(manifest("[{\"file\": \"a.txt\", \"published\": null}]")).get(0).published());
    }
}
