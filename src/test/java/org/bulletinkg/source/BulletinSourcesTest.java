package org.bulletinkg.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bulletinkg.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulletinSourcesTest {
    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> names(List<SourceFile> files, Path base) {
        return files.stream().map(f -> base.toAbsolutePath().normalize().relativize(f.path()).toString()
                .replace('\\', '/')).toList();
    }

    @Test
    void devFolderListsItsBulletinsWithTheManifestsMetadata() {
        List<SourceFile> files = BulletinSources.list(List.of(Fixtures.dev()), null);
        assertEquals(10, files.size());
        assertEquals("000_3d9549ab54ff64b8.txt", files.get(0).path().getFileName().toString());
        assertEquals("108_chaoyang-joint-standing-carbon-group-gbk.html", files.get(9).path().getFileName().toString());
        for (SourceFile f : files) {
            assertEquals(f.path().getFileName().toString(), f.metadata().file());
            assertTrue(f.metadata().jurisdiction() != null, "jurisdiction from the manifest for " + f.path());
            assertTrue(f.path().isAbsolute());
        }
        SourceFile page = files.get(3);
        assertEquals("102_changping-secretary-standing-96th.html", page.path().getFileName().toString());
        assertEquals(LocalDate.of(2021, 3, 6), page.metadata().published());
        assertEquals("昌平区", page.metadata().jurisdiction());
    }

    @Test
    void walkSkipsHiddenManifestGoldAndFactsFilesAndSorts() throws IOException {
        write("b.html", "<html></html>");
        write("a.txt", "标题\n正文");
        write("sub/c.HTM", "<html></html>");
        write("sub/d.TXT", "标题\n正文");
        write(".hidden.txt", "x");
        write(".git/e.txt", "x");
        write("a.gold.json", "{}");
        write("a.facts.json", "{}");
        write("notes.md", "x");
        List<SourceFile> files = BulletinSources.list(List.of(dir), null);
        assertEquals(List.of("a.txt", "b.html", "sub/c.HTM", "sub/d.TXT"), names(files, dir));
        for (SourceFile f : files) {
            assertEquals(SourceMetadata.unknown(f.path().getFileName().toString()), f.metadata());
        }
    }

    @Test
    void nestedFolderManifestGivesMetadataToItsFiles() throws IOException {
        write("top.txt", "标题\n正文");
        write("hd/one.txt", "标题\n正文");
        write("hd/two.txt", "标题\n正文");
        write("hd/manifest.json", "[{\"file\": \"one.txt\", \"jurisdiction\": \"海淀区\", \"published\": \"2020-04-08\"}]");
        List<SourceFile> files = BulletinSources.list(List.of(dir), null);
        assertEquals(List.of("hd/one.txt", "hd/two.txt", "top.txt"), names(files, dir));
        assertEquals(new SourceMetadata("one.txt", null, "海淀区", LocalDate.of(2020, 4, 8)), files.get(0).metadata());
        assertEquals(SourceMetadata.unknown("two.txt"), files.get(1).metadata());
    }

    @Test
    void singleFileInputTakesItsFoldersManifest() {
        Path file = Fixtures.dev().resolve("104_xicheng-npc-standing-36th.html");
        List<SourceFile> files = BulletinSources.list(List.of(file), null);
        assertEquals(1, files.size());
        assertEquals("西城区", files.get(0).metadata().jurisdiction());
        assertEquals(LocalDate.of(2020, 12, 23), files.get(0).metadata().published());
    }

    @Test
    void explicitManifestAddsItsFilesAndWinsOverTheFolders() throws IOException {
        write("in/a.txt", "标题\n正文");
        write("in/manifest.json", "[{\"file\": \"a.txt\", \"jurisdiction\": \"海淀区\"}]");
        write("other/b.shtml", "<html></html>");
        Path explicit = write("list.json", "[{\"file\": \"in/a.txt\", \"jurisdiction\": \"西城区\"},"
                + " {\"file\": \"other/b.shtml\", \"jurisdiction\": \"朝阳区\"}]");
        List<SourceFile> files = BulletinSources.list(List.of(dir.resolve("in")), explicit);
        assertEquals(List.of("in/a.txt", "other/b.shtml"), names(files, dir));
        assertEquals(new SourceMetadata("in/a.txt", null, "西城区", null), files.get(0).metadata());
        assertEquals("朝阳区", files.get(1).metadata().jurisdiction());

        // Without the explicit manifest, the folder's own manifest speaks.
        List<SourceFile> folderOnly = BulletinSources.list(List.of(dir.resolve("in")), null);
        assertEquals(List.of("in/a.txt"), names(folderOnly, dir));
        assertEquals("海淀区", folderOnly.get(0).metadata().jurisdiction());
    }

    @Test
    void badExplicitManifestIsOneFailureAndTheRestIsListed() throws IOException {
        write("in/a.txt", "标题\n正文");
        Path escaping = write("in/list.json", "[{\"file\": \"../in/a.txt\"}]");
        List<SourceFile> files = BulletinSources.list(List.of(dir.resolve("in")), escaping);
        SourceFile bad = files.stream().filter(f -> f.problem() != null).findFirst().orElseThrow();
        BadInputException e = assertThrows(BadInputException.class, () -> BulletinSources.read(bad));
        assertEquals(escaping.toAbsolutePath().normalize().toString(), e.file());
        assertTrue(e.problem().contains("leaves the manifest's folder"), e.getMessage());
        assertTrue(files.stream().anyMatch(f -> f.problem() == null && f.path().endsWith("a.txt")));
    }

    @Test
    void missingListedFileFailsAlone() throws IOException {
        write("in/a.txt", "标题\n正文");
        Path m = write("in/manifest.json", "[{\"file\": \"a.txt\"}, {\"file\": \"gone.txt\"}]");
        List<SourceFile> files = BulletinSources.list(List.of(), m);
        assertEquals(2, files.size());
        SourceFile gone = files.stream().filter(f -> f.path().endsWith("gone.txt")).findFirst().orElseThrow();
        BadInputException e = assertThrows(BadInputException.class, () -> BulletinSources.read(gone));
        assertTrue(e.getMessage().contains("gone.txt") && e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals("标题\n正文", new String(BulletinSources.read(files.get(0)).bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void fileReachedTwiceIsListedOnce() throws IOException {
        Path a = write("a.txt", "标题\n正文");
        write("manifest.json", "[{\"file\": \"a.txt\"}]");
        List<SourceFile> files = BulletinSources.list(List.of(dir, a, dir.resolve("./a.txt")), dir.resolve("manifest.json"));
        assertEquals(List.of("a.txt"), names(files, dir));
    }

    @Test
    void manifestGivenAsAnInputIsReadAsAManifest() {
        List<SourceFile> files = BulletinSources.list(List.of(Fixtures.dev().resolve("manifest.json")), null);
        assertEquals(10, files.size());
        assertTrue(files.stream().allMatch(f -> f.metadata().jurisdiction() != null));
    }

    @Test
    void missingInputIsRefused() {
        Path gone = dir.resolve("gone");
        BadInputException e = assertThrows(BadInputException.class, () -> BulletinSources.list(List.of(gone), null));
        assertEquals(gone.toString(), e.file());
        assertTrue(e.getMessage().contains("input not found"), e.getMessage());
    }

    @Test
    void nonBulletinFileInputIsRefused() throws IOException {
        Path md = write("notes.md", "x");
        BadInputException e = assertThrows(BadInputException.class, () -> BulletinSources.list(List.of(md), null));
        assertTrue(e.getMessage().contains("not a bulletin file"), e.getMessage());
    }

    @Test
    void readGivesNameBytesAndMetadata() throws IOException {
        Path a = write("x/报告.v2.txt", "标题\n正文");
        SourceFile f = new SourceFile(a, SourceMetadata.unknown("报告.v2.txt"));
        RawBulletin raw = BulletinSources.read(f);
        assertEquals("报告.v2", raw.name());
        assertEquals(a, raw.path());
        assertArrayEquals("标题\n正文".getBytes(StandardCharsets.UTF_8), raw.bytes());
        assertEquals(f.metadata(), raw.metadata());
    }

    @Test
    void emptyFileIsRefusedByName() throws IOException {
        Path empty = write("empty.txt", "");
        BadInputException e = assertThrows(BadInputException.class,
                () -> BulletinSources.read(new SourceFile(empty, SourceMetadata.unknown("empty.txt"))));
        assertEquals(empty + ": empty file", e.getMessage());
    }

    @Test
    void tooLargeFileIsRefused() throws IOException {
        Path big = write("big.txt", "标题\n" + "正文。".repeat(100));
        SourceFile f = new SourceFile(big, SourceMetadata.unknown("big.txt"));
        BadInputException e = assertThrows(BadInputException.class, () -> BulletinSources.read(f, 100));
        assertTrue(e.getMessage().startsWith(big.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("file too large"), e.getMessage());
        assertEquals(20L * 1024 * 1024, BulletinSources.MAX_BYTES);
    }

    @Test
    void vanishedFileIsRefused() {
        Path gone = dir.resolve("gone.txt");
        BadInputException e = assertThrows(BadInputException.class,
                () -> BulletinSources.read(new SourceFile(gone, SourceMetadata.unknown("gone.txt"))));
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }
    @Test
    void aManifestKeptElsewhereDescribesTheFilesOfTheFolderGiven() throws IOException {
        write("texts/a.txt", "甲区委常委会召开会议\n正文");
        write("texts/b.txt", "乙县政府常务会议\n正文");
        write("texts/c.txt", "丙市人大常委会主任会议\n正文");
        Path manifest = write("gold/manifest.json", "[{\"file\": \"a.txt\", \"source_url\": null, \"jurisdiction\": \"海淀区\","
                + " \"published\": \"2021-03-04\"}, {\"file\": \"b.txt\", \"source_url\": null, \"jurisdiction\": \"阜平县\","
                + " \"published\": null}]");
        List<SourceFile> files = BulletinSources.list(List.of(dir.resolve("texts")), manifest);
        assertEquals(List.of("texts/a.txt", "texts/b.txt", "texts/c.txt"), names(files, dir), "each file once, none missing");
        assertTrue(files.stream().allMatch(f -> f.problem() == null), files.toString());
        assertEquals("海淀区", files.get(0).metadata().jurisdiction());
        assertEquals(LocalDate.of(2021, 3, 4), files.get(0).metadata().published());
        assertEquals("阜平县", files.get(1).metadata().jurisdiction());
        assertEquals(null, files.get(2).metadata().jurisdiction(), "a file the manifest does not list has no metadata");
        // without the folder, the same manifest names files beside it, which are missing: each one reported
        List<SourceFile> alone = BulletinSources.list(List.of(), manifest);
        assertEquals(2, alone.size());
        assertTrue(alone.stream().allMatch(f -> f.problem() != null && f.problem().contains("does not exist")), alone.toString());
    }
}
