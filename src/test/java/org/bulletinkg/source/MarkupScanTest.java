package org.bulletinkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkupScanTest {
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void findsWhatFindFinds() {
        String html = "x<p>a<META http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<meta charset='utf-8'><meta name=a><meta charset=>";
        for (int limit = 0; limit <= html.length(); limit++) {
            assertEquals(byFind(html, limit), byScan(html, limit), "limit " + limit);
        }
    }

    @Test
    void decodingOnceChoosesAsDetectionDoes() {
        List<byte[]> samples = List.of(
                "区委常委会".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "区委常委会".getBytes(CharsetDetection.GB18030),
                "<meta charset=\"utf-8\">区委".getBytes(CharsetDetection.GB18030),
                "<meta charset=\"gbk\">区委".getBytes(CharsetDetection.GB18030),
                "替换\uFFFD字符".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'a'});
        for (byte[] bytes : samples) {
            CharsetDetection.Decoded d = CharsetDetection.detectAndDecode(bytes);
            assertEquals(CharsetDetection.detect(bytes), d.charset());
            assertEquals(CharsetDetection.decode(bytes, CharsetDetection.detect(bytes)), d.text());
        }
    }

    private static List<String> byFind(String html, int limit) {
        List<String> out = new ArrayList<>();
        Matcher m = META.matcher(html.substring(0, limit));
        while (m.find()) {
            out.add(m.start() + ":" + m.group(1));
        }
        return out;
    }

    private static List<String> byScan(String html, int limit) {
        List<String> out = new ArrayList<>();
        Matcher m = META.matcher(html);
        int from = 0;
        while (MarkupScan.nextTag(m, html, from, limit)) {
            out.add(m.start() + ":" + m.group(1));
            from = m.end();
        }
        return out;
    }
}
