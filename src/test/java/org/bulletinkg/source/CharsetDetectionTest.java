package org.bulletinkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CharsetDetectionTest {
    private static final String TEXT = "区委常委会召开第174次会议";
    private static final Charset GB = CharsetDetection.GB18030;

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8BomWins() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, CharsetDetection.detect(bytes));
        assertEquals(TEXT, CharsetDetection.decode(bytes));
    }

    @Test
    void utf16BomsAreRead() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(StandardCharsets.UTF_16LE, CharsetDetection.detect(le));
        assertEquals(StandardCharsets.UTF_16BE, CharsetDetection.detect(be));
        assertEquals(TEXT, CharsetDetection.decode(le));
        assertEquals(TEXT, CharsetDetection.decode(be));
    }

    @Test
    void metaCharsetGbkMapsToGb18030() {
        String page = "<html><head><meta charset=\"gbk\"><title>" + TEXT + "</title></head></html>";
        byte[] bytes = page.getBytes(GB);
        assertEquals(GB, CharsetDetection.detect(bytes));
        assertTrue(CharsetDetection.decode(bytes).contains(TEXT));
    }

    @Test
    void httpEquivGb2312MapsToGb18030() {
        String page = "<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GB2312'></head>"
                + "<body>" + TEXT + "</body></html>";
        assertEquals(GB, CharsetDetection.detect(page.getBytes(GB)));
    }

    @Test
    void declaredCharsetOnlyCountsInTheHead() {
        StringBuilder page = new StringBuilder("<html><body>");
        page.append("x".repeat(CharsetDetection.META_SCAN_BYTES));
        page.append("<meta charset=\"gbk\">").append(TEXT).append("</body></html>");
        assertNull(CharsetDetection.declaredCharset(page.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, CharsetDetection.detect(page.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void undeclaredTextIsUtf8WhenItDecodesElseGb18030() {
        assertEquals(StandardCharsets.UTF_8, CharsetDetection.detect(TEXT.getBytes(StandardCharsets.UTF_8)));
        byte[] gb = TEXT.getBytes(GB);
        assertFalse(CharsetDetection.isUtf8(gb));
        assertEquals(GB, CharsetDetection.detect(gb));
        assertEquals(TEXT, CharsetDetection.decode(gb));
    }

    @Test
    void pageClaimingUtf8ButWrittenInGbkIsReadAsGb18030() {
        byte[] bytes = ("<meta charset=\"utf-8\"><p>" + TEXT + "</p>").getBytes(GB);
        assertEquals(GB, CharsetDetection.detect(bytes));
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        byte[] bytes = ("<meta charset=\"no-such-charset\"><p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, CharsetDetection.detect(bytes));
    }

    @Test
    void gbkDevPageIsDetectedFromItsMetaTag() throws Exception {
        byte[] bytes = Files.readAllBytes(
                Fixtures.dev().resolve("108_chaoyang-joint-standing-carbon-group-gbk.html"));
        assertEquals(GB, CharsetDetection.detect(bytes));
        assertTrue(CharsetDetection.decode(bytes).contains("区委召开常委会会议暨区碳达峰碳中和工作领导小组第一次会议"));
    }

    @Test
    void bomFixturesDecodeWithoutTheirBom() throws Exception {
        for (String name : new String[] {"utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt"}) {
            Path file = Fixtures.path("encodings/" + name);
            String text = CharsetDetection.decode(Files.readAllBytes(file));
            assertTrue(text.startsWith("区政府召开第5次常务会议"), name + " starts with " + text.substring(0, 3));
        }
    }
}
