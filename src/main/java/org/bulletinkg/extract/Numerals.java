package org.bulletinkg.extract;

/** Reads numbers written with Arabic, full-width or Chinese digits (174, １７４, 一百七十四, 二〇二〇). */
final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** The value, or null when the text is no number. */
    static Integer parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                ascii.append((char) ('0' + c - '０'));
            } else if (c >= '0' && c <= '9') {
                ascii.append(c);
            } else {
                ascii.setLength(0);
                break;
            }
        }
        if (ascii.length() > 0) {
            return Integer.parseInt(ascii.toString());
        }
        String t = s.replace('〇', '零').replace('两', '二');
        if (t.indexOf('十') < 0 && t.indexOf('百') < 0 && t.indexOf('千') < 0) {
            // digit by digit: 二〇二〇
            int v = 0;
            for (char c : t.toCharArray()) {
                int d = DIGITS.indexOf(c);
                if (d < 0) {
                    return null;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int total = 0;
        int current = 0;
        for (char c : t.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            } else {
                return null;
            }
        }
        return total + current;
    }
}
