package org.bulletinkg.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
