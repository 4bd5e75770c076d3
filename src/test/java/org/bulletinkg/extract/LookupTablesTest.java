package org.bulletinkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The look-up structures the rules use for speed answer exactly what the plain searches did. */
class LookupTablesTest {
    @Test
    void hanTableIsTheUnicodeScript() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if ((Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) != Chars.isHan((char) c)) {
                throw new AssertionError("U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void wordIndexKeepsTheListOrderWithinAGroup() {
        List<String> words = List.of("区委书记", "副区长", "区长", "书记", "副书记", "区委");
        WordIndex first = WordIndex.byFirst(words);
        assertEquals(List.of("区委书记", "区长", "区委"), List.of(first.get('区')));
        assertEquals(List.of("副区长", "副书记"), List.of(first.get('副')));
        assertEquals(List.of(), List.of(first.get('市')));
        WordIndex last = WordIndex.byLast(words);
        assertEquals(List.of("区委书记", "书记", "副书记"), List.of(last.get('记')));
        assertEquals(List.of("书记"), List.of(first.at("开书记", 1)));
        assertEquals(List.of(), List.of(first.at("书记", 2)));
        assertEquals(List.of(), List.of(first.at("书记", -1)));
    }

    @Test
    void titlesByCharacterAreTheTitlesThatMatch() {
        Lexicon lexicon = Lexicon.standard();
        String text = "区委副书记、区长杜永刚，副区长王强，市委书记蔡奇，区政务服务局局长";
        for (int i = 0; i < text.length(); i++) {
            assertEquals(firstStartingAt(lexicon.postTitles(), text, i),
                    firstStartingAt(List.of(lexicon.postTitlesAt(text, i)), text, i));
        }
        for (int e = 0; e <= text.length() + 1; e++) {
            assertEquals(firstEndingAt(lexicon.postTitles(), text, e),
                    firstEndingAt(List.of(lexicon.postTitlesEndingWith(text, e)), text, e));
        }
    }

    @Test
    void meetingHeaderKeywordsNeverHideAHeader() throws IOException {
        List<String> texts = new ArrayList<>(List.of("区委常委会召开第174次会议", "市政府召开第12次常务会议",
                "县委理论学习中心组集体学习", "区防汛指挥部全体成员会议", "召开全区安全生产工作推进会",
                "河长制联席会议", "区人大常委会主任会议", "区政协主席会议暨党组会议", "市长办公会议研究"));
        texts.addAll(lines(Path.of("samples")));
        texts.addAll(lines(Path.of("../shared/eval/dev")));
        int found = 0;
        for (MeetingHeaders.Rule rule : MeetingHeaders.rules()) {
            for (String t : texts) {
                if (rule.pattern().matcher(t).find()) {
                    found++;
                    assertTrue(rule.keywords().mayMatch(t), rule.name() + " " + rule.keywords() + ": " + t);
                }
            }
        }
        assertTrue(found > 20, "headers found: " + found);
    }

    private static List<String> lines(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    out.addAll(List.of(line.split("(?<=[。；])")));
                }
            }
        }
        return out;
    }

    private static String firstStartingAt(List<String> words, String text, int i) {
        for (String w : words) {
            if (text.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    private static String firstEndingAt(List<String> words, String text, int e) {
        List<String> matching = new ArrayList<>();
        for (String w : words) {
            if (e - w.length() >= 0 && text.startsWith(w, e - w.length())) {
                matching.add(w);
            }
        }
        return matching.isEmpty() ? null : matching.get(0);
    }
}
