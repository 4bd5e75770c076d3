package org.bulletinkg.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words read off an expression are ones a match cannot do without; where unsure, there are none. */
class KeywordsTest {
    private static List<String> words(String regex) {
        return Keywords.of(Pattern.compile(regex)).words();
    }

    @Test
    void theLongestRunAMatchNeeds() {
        assertEquals(List.of("主席会"), words("[区县]政协(?:召开)?(?:第\\d+次)?主席会"));
        assertEquals(List.of("主席会议"), words("[区县]政协(?:召开)?(?:第\\d+次)?主席会议"));
        assertEquals(List.of("区委"), words("区委常?委会"));
        assertEquals(List.of("常委会"), words("区委?常委会"));
        assertEquals(List.of("摄"), words("([\\p{IsHan}]{2,3})摄(?:影)?$"));
        assertEquals(List.of("xa."), words("xa\\.b?"));
    }

    @Test
    void anAlternationNeedsOneOfItsBranches() {
        assertEquals(List.of("领导小组", "工作小组", "指挥部"), words("[^，]{1,40}?(?:领导小组|工作小组|指挥部)(?:会议)?"));
        assertEquals(List.of("字体", "字号", "【", "大"), words("字体|字号|【\\s*大\\s*】|大\\s*中\\s*小"));
        assertEquals(List.of("位置"), words("^(?:您)?(?:现在|当前|所在)?的?位置\\s*[:：]"));
        assertEquals(List.of("会议", "暨"), words("[^，]{2,8}?(?:会议|(?=暨))"));
        assertEquals(List.of("暨"), words("(?<=暨)[^，]{2,8}?(?:会议|(?=暨))"));
    }

    @Test
    void optionalPartsAndNegativeLookAroundsNeedNothing() {
        assertEquals(List.of(), words("(?:常委会)?[区县]?"));
        assertEquals(List.of(), words("a?b*c{0,3}"));
        assertEquals(List.of(), words("(?!会议)[^，]+"));
        assertEquals(List.of(), words("会议|[^，]"));
        assertEquals(List.of("bb"), words("a+bbc{2}"));
        assertEquals(List.of("a"), words("a+bb{1,2}c{2}"));
    }

    @Test
    void constructsNotFollowedGiveNoWords() {
        assertEquals(List.of(), words("(?i)abc"));
        assertEquals(List.of(), words("\\Qabc\\E"));
        assertEquals(List.of(), words("(a)\\1"));
        assertEquals(List.of(), Keywords.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE)).words());
        assertTrue(Keywords.of(Pattern.compile("(?i)abc")).mayMatch("xyz"));
    }

    @Test
    void classesAndEscapesAreSkippedWhole() {
        assertEquals(List.of("会议"), words("[\\p{IsHan}（）()&&[^会议暨]]{1,40}?会议"));
        assertEquals(List.of("年"), words("\\x{5e74}?\\u5e74?\\p{L}(?<x>\\d)\\k<x>?年"));
        assertEquals(List.of("月"), words("[\\]]月"));
    }

    @Test
    void aTextWithoutTheWordsIsNotSearched() {
        Keywords k = Keywords.of(Pattern.compile("(?:领导小组|指挥部)会议"));
        assertTrue(k.mayMatch("召开防汛指挥部会议"));
        assertFalse(k.mayMatch("区委常委会召开会议"));
    }

    @Test
    void firstCharactersAreKnownOnlyWhereEveryMatchStartsWithOne() {
        assertTrue(Keywords.of(Pattern.compile("(?:产业园|开发区|自贸区[\\p{IsHan}]{2}片区|新区)")).knowsFirstCharacters());
        assertTrue(Keywords.of(Pattern.compile("(?<z>新区|\\(园)+[^，]")).knowsFirstCharacters());
        for (String regex : List.of("[产开]业园", "产?业园", "(?=产)产业园", "(?<=在)新区", "^新区", "新区|[^，]", "(?:新区)?园", "")) {
            assertFalse(Keywords.of(Pattern.compile(regex)).knowsFirstCharacters(), regex);
        }
    }

    @Test
    void aSearchFromFirstCharactersFindsWhatFindFinds() {
        List<String> expressions = List.of("(?:产业园|开发区|新区|新城|(?<=在)片区|开[^，]{0,3}?会|新\\p{IsHan}{2,4}园)",
                "(?:新区|产业园)(?=[，。])", "(?:新|开)(?!区)", "园$|新区", "(?:^新|开)区?", "新?区?");
        String alphabet = "新区产业园开发城片在会，。园";
        Random random = new Random(7);
        for (String regex : expressions) {
            Pattern p = Pattern.compile(regex);
            Keywords k = Keywords.of(p);
            for (int n = 0; n < 2000; n++) {
                StringBuilder t = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) {
                    t.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = t.toString();
                List<String> plain = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) {
                    plain.add(m.start() + "-" + m.end() + ":" + m.group());
                }
                List<String> fast = new ArrayList<>();
                Matcher f = p.matcher(text);
                for (int from = 0; k.find(f, text, from); from = Keywords.after(f)) {
                    fast.add(f.start() + "-" + f.end() + ":" + f.group());
                }
                assertEquals(plain, fast, regex + " on " + text);
            }
        }
    }
}
