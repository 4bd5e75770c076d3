package org.bulletinkg.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: same seed, same bytes; later bulletins independent of the count; a corpus like the real thing. */
class SynthTest {

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void sameSeedWritesTheSameBytes(@TempDir Path dir) throws IOException {
        Synth.write(dir.resolve("a"), 60, 42);
        Synth.write(dir.resolve("b"), 60, 42);
        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        assertEquals(61, a.size(), "60 bulletins and a manifest");
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
        Synth.write(dir.resolve("c"), 60, 43);
        assertFalse(Arrays.equals(a.get("manifest.json"), files(dir.resolve("c")).get("manifest.json")),
                "another seed wrote the same corpus");
    }

    @Test
    void laterBulletinsDoNotDependOnTheCount(@TempDir Path dir) throws IOException {
        Synth.write(dir.resolve("all"), 30, 5);
        Synth.write(dir.resolve("tail"), 5, 20, 30);
        Map<String, byte[]> all = files(dir.resolve("all"));
        Map<String, byte[]> tail = files(dir.resolve("tail"));
        assertEquals(11, tail.size());
        for (Map.Entry<String, byte[]> e : tail.entrySet()) {
            if (!e.getKey().equals("manifest.json")) {
                assertArrayEquals(all.get(e.getKey()), e.getValue(), e.getKey());
            }
        }
    }

    @Test
    void corpusHasEveryKindAndFormWithAManifest(@TempDir Path dir) throws IOException {
        Synth.Summary s = Synth.write(dir, 400, 1);
        assertEquals(Set.of("party-standing-committee", "party-plenary", "government-executive", "government-plenary",
                "mayor-office", "congress-standing-committee", "congress-directors", "cppcc-standing-committee",
                "cppcc-chairs", "leading-group", "study-session"), s.kinds().keySet());
        assertEquals(Set.of("seed", "plain", "page_utf8", "page_gbk"), s.forms().keySet());

        JsonArray manifest = JsonParser.parseString(Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8))
                .getAsJsonArray();
        assertEquals(400, manifest.size());
        Set<String> jurisdictions = new HashSet<>();
        int undated = 0;
        for (JsonElement e : manifest) {
            JsonObject o = e.getAsJsonObject();
            assertTrue(Files.isRegularFile(dir.resolve(o.get("file").getAsString())), o.toString());
            jurisdictions.add(o.get("jurisdiction").getAsString());
            undated += o.get("published").isJsonNull() ? 1 : 0;
        }
        assertEquals(16, jurisdictions.size());
        assertTrue(undated > 0 && undated < 200, "undated bulletins: " + undated);
    }

    @Test
    void bulletinsReadLikeRealOnes(@TempDir Path dir) throws IOException {
        Synth.write(dir, 120, 9);
        BulletinParser parser = new BulletinParser();
        int gbk = 0;
        for (SourceFile f : BulletinSources.list(List.of(dir), null)) {
            Bulletin b = parser.parse(BulletinSources.read(f));
            int length = b.text().length();
            assertTrue(length >= 500 && length <= 3_300, f.path() + ": " + length + " characters");
            assertTrue(b.text().contains("《") || b.text().contains("“") || b.text().contains("会议"), f.path().toString());
            assertNotNull(f.metadata().jurisdiction());
            if (new String(Files.readAllBytes(f.path()), 0, 200, StandardCharsets.ISO_8859_1).contains("charset=\"gbk\"")) {
                gbk++;
                assertEquals("GB18030", b.charset(), f.path().toString());
                assertTrue(b.text().contains("会议"), "GBK page decoded: " + f.path());
            }
        }
        assertTrue(gbk > 0, "no GBK page among 120 bulletins");
    }

    @Test
    void sessionNumbersRiseWithDatesAndOfficialsRecur(@TempDir Path dir) throws IOException {
        Synth.write(dir, 1_500, 3);
        // party standing committee meetings of one district, in corpus (date) order
        Pattern file = Pattern.compile("haidian/(\\d{6})_party-standing-committee-(\\d+)\\.");
        List<Integer> numbers = new ArrayList<>();
        Map<String, Set<String>> titlesOfSecretaries = new HashMap<>();
        Pattern chair = Pattern.compile("区委书记([\\p{IsHan}]{2,3})主持");
        try (Stream<Path> paths = Files.list(dir.resolve("haidian"))) {
            for (Path p : paths.sorted().toList()) {
                Matcher m = file.matcher("haidian/" + p.getFileName());
                if (m.find()) {
                    numbers.add(Integer.parseInt(m.group(2)));
                }
                String text = p.getFileName().toString().endsWith(".html") && Files.readString(p, StandardCharsets.ISO_8859_1).contains("gbk")
                        ? new String(Files.readAllBytes(p), Layout.GBK) : Files.readString(p, StandardCharsets.UTF_8);
                Matcher c = chair.matcher(text);
                if (c.find()) {
                    titlesOfSecretaries.computeIfAbsent(c.group(1), k -> new HashSet<>()).add(p.getFileName().toString());
                }
            }
        }
        assertTrue(numbers.size() > 20, "few meetings: " + numbers);
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i) > numbers.get(i - 1), "session numbers do not rise: " + numbers);
        }
        assertTrue(titlesOfSecretaries.values().stream().anyMatch(files -> files.size() >= 10),
                "no secretary chairs ten meetings: " + titlesOfSecretaries.keySet());
    }

    @Test
    void officialsMoveUpWhenPostsChange() {
        Random random = new Random(2);
        Roster roster = new Roster(new Names(random), random);
        Map<String, Seat> first = new HashMap<>();
        for (Seat s : Seat.values()) {
            first.put(roster.holder(s), s);
        }
        for (int i = 0; i < 40; i++) {
            roster.reshuffle();
        }
        int moved = 0;
        Set<String> holders = new HashSet<>();
        for (Seat s : Seat.values()) {
            String who = roster.holder(s);
            assertTrue(holders.add(who), who + " holds two seats");
            Seat before = first.get(who);
            if (before != null && before != s) {
                moved++;
            }
        }
        assertTrue(moved >= 3, "officials who changed posts: " + moved);
    }
}
