package org.bulletinkg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void trimsAndCollapsesAllKindsOfSpace() {
        assertEquals("会议指出， 要抓落实。", TextNormalizer.normalize("\u3000\u3000会议指出，\u00A0\n\t 要抓落实。\u3000 "));
        assertEquals("（记者 唐炜）", TextNormalizer.normalize(" （记者\u3000唐炜）\u00A0"));
    }

    @Test
    void dropsInvisibleCharacters() {
        assertEquals("会议", TextNormalizer.normalize("\uFEFF会\u200B议\u0007"));
        assertEquals("", TextNormalizer.normalize("\u00A0\u3000\u200B"));
        assertEquals("", TextNormalizer.normalize(null));
    }

    @Test
    void trailingCreditBecomesItsOwnParagraph() {
        assertEquals(List.of("会议还研究了其他事项。", "（记者 唐炜）"),
                ReporterLine.splitTrailingCredit("会议还研究了其他事项。（记者 唐炜）"));
        assertEquals(List.of("（记者 唐炜）"), ReporterLine.splitTrailingCredit("（记者 唐炜）"));
        // a bracket that is not a credit stays where it is
        assertEquals(List.of("审议了预算调整方案。（草案）"), ReporterLine.splitTrailingCredit("审议了预算调整方案。（草案）"));
    }

    @Test
    void cleanTextComesBackAsItIs() {
        String clean = "会议指出， 要抓落实。 (记者 唐炜)";
        assertSame(clean, TextNormalizer.normalize(clean));
        assertEquals("a b", TextNormalizer.normalize("a  b"));
        assertEquals("a b", TextNormalizer.normalize("a b "));
        assertEquals("a b", TextNormalizer.normalize(" a b"));
        assertEquals("ab", TextNormalizer.normalize("a\u200Bb"));
    }

    @Test
    void plainVisibleCharactersAreNeitherSpaceNorInvisible() {
        for (int cp = 0; cp <= Character.MAX_VALUE; cp++) {
            if (TextNormalizer.isPlainVisible(cp) && (TextNormalizer.isSpace(cp) || TextNormalizer.isInvisible(cp))) {
                throw new AssertionError("U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void noCharacterFromNoBreakSpaceOnIsAControl() {
        // BulletinParser.looksBinary counts controls only below U+00A0
        for (int c = 0xA0; c <= Character.MAX_VALUE; c++) {
            if (Character.getType(c) == Character.CONTROL) {
                throw new AssertionError("U+" + Integer.toHexString(c));
            }
        }
    }
}
