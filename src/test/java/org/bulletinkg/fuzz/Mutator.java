package org.bulletinkg.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Damages real bulletins the ways scraped archives are damaged: cut short, spliced together, re-encoded,
 * tags nested or left open, control characters and stray marks inserted. Deterministic for a given Random.
 */
final class Mutator {
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            Charset.forName("GBK"), Charset.forName("Big5"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
            StandardCharsets.ISO_8859_1);
    private static final String[] INSERTS = {"\u0000", "\u0007", "\u001b[0m", "\ufeff", "\u200b", "<div>", "</span>",
            "<p>", "<!--", "]]>", "<script>", "“", "》", "《", "（", "第", "次会议", "主持", "、", "区委书记", "&nbsp;",
            "&#0;", "\r\n", "\t", "\ud83d\ude00", "会议由", "（记者", "■", "文/"};

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    byte[] mutate(byte[] a, byte[] b) {
        int rounds = 1 + random.nextInt(3);
        byte[] out = a;
        for (int i = 0; i < rounds; i++) {
            out = switch (random.nextInt(6)) {
                case 0 -> cut(out);
                case 1 -> splice(out, b);
                case 2 -> reencode(out);
                case 3 -> nestTags(out);
                case 4 -> insert(out);
                default -> flipBytes(out);
            };
        }
        return out;
    }

    private byte[] cut(byte[] in) {
        if (in.length < 2) {
            return in;
        }
        int from = random.nextInt(3) == 0 ? random.nextInt(in.length / 2) : 0;
        int to = from + 1 + random.nextInt(in.length - from - 1);
        return java.util.Arrays.copyOfRange(in, from, to);
    }

    private byte[] splice(byte[] a, byte[] b) {
        int i = random.nextInt(a.length + 1);
        int j = random.nextInt(b.length + 1);
        byte[] out = new byte[i + b.length - j];
        System.arraycopy(a, 0, out, 0, i);
        System.arraycopy(b, j, out, i, b.length - j);
        return out;
    }

    private byte[] reencode(byte[] in) {
        Charset from = CHARSETS.get(random.nextInt(3));
        Charset to = CHARSETS.get(random.nextInt(CHARSETS.size()));
        byte[] out = new String(in, from).getBytes(to);
        if (random.nextBoolean() && (to == StandardCharsets.UTF_16LE || to == StandardCharsets.UTF_16BE)) {
            byte[] bom = to == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] with = new byte[out.length + 2];
            System.arraycopy(bom, 0, with, 0, 2);
            System.arraycopy(out, 0, with, 2, out.length);
            return with;
        }
        return out;
    }

    private byte[] nestTags(byte[] in) {
        String s = new String(in, StandardCharsets.UTF_8);
        int depth = 1 + random.nextInt(200);
        int at = random.nextInt(s.length() + 1);
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int k = 0; k < depth; k++) {
            String tag = random.nextBoolean() ? "div" : "span";
            open.append('<').append(tag).append('>');
            if (random.nextInt(4) != 0) {
                close.insert(0, "</" + tag + ">");
            }
        }
        int end = at + random.nextInt(s.length() - at + 1);
        return (s.substring(0, at) + open + s.substring(at, end) + close + s.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] insert(byte[] in) {
        String s = new String(in, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(s);
        int n = 1 + random.nextInt(20);
        for (int k = 0; k < n; k++) {
            b.insert(random.nextInt(b.length() + 1), INSERTS[random.nextInt(INSERTS.length)]);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] flipBytes(byte[] in) {
        byte[] out = in.clone();
        int n = 1 + random.nextInt(16);
        for (int k = 0; k < n && out.length > 0; k++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }
}
