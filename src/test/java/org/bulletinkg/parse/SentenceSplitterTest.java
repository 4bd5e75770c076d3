package org.bulletinkg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String p) {
        return SentenceSplitter.split(p).stream().map(piece -> piece.of(p)).toList();
    }

    @Test
    void splitsAfterEachTerminatorAndKeepsIt() {
        assertEquals(List.of("会议指出。", "要抓落实！", "能做到吗？", "第一；", "第二!", "Why?", "尾巴"),
                split("会议指出。要抓落实！能做到吗？第一；第二!Why?尾巴"));
    }

    @Test
    void closingQuoteOrBracketAfterATerminatorStaysWithTheSentence() {
        assertEquals(List.of("会议强调：“防汛无小事。责任重于泰山。”", "各部门要立即行动。"),
                split("会议强调：“防汛无小事。责任重于泰山。”各部门要立即行动。"));
        assertEquals(List.of("（会议还研究了其他事项。）", "下一句。"), split("（会议还研究了其他事项。）下一句。"));
    }

    @Test
    void noSplitInsideQuotesOrBracketsWhenTheyGoOn() {
        assertEquals(List.of("他说“要抓。要干”然后散会。"), split("他说“要抓。要干”然后散会。"));
        assertEquals(List.of("审议（草案。修订稿）并通过。"), split("审议（草案。修订稿）并通过。"));
    }

    @Test
    void creditAfterAFullStopIsASentence() {
        assertEquals(List.of("会议还研究了其他事项。", "（记者 唐炜）"), split("会议还研究了其他事项。（记者 唐炜）"));
    }

    @Test
    void runsOfTerminatorsStayTogether() {
        assertEquals(List.of("真的吗？！", "是的。"), split("真的吗？！是的。"));
    }

    @Test
    void unbalancedMarksDoNotSwallowTheParagraph() {
        assertEquals(List.of("他说“要抓。", "要干。", "散会。"), split("他说“要抓。要干。散会。"));
    }

    @Test
    void spacesBetweenSentencesAreLeftOut() {
        String p = "Hello! World? ";
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(p);
        assertEquals(List.of(new SentenceSplitter.Piece(0, 6), new SentenceSplitter.Piece(7, 13)), pieces);
    }

    @Test
    void blankHasNoSentences() {
        assertEquals(List.of(), split("   "));
        assertEquals(List.of(), split(""));
    }
}
