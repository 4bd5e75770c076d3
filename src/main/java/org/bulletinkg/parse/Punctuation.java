package org.bulletinkg.parse;

/**
 * Folds ASCII punctuation written between Chinese characters to its full-width form (会议指出,要 →
 * 会议指出，要), as pages and copies of pages often have it: the rules then need to know one form. A comma
 * or colon between digits or Latin letters (1,000, 09:25, http://) is left alone.
 */
final class Punctuation {
    private static final String ASCII = ",;:()!?";
    private static final String FULL = "，；：（）！？";

    private Punctuation() {
    }

    static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = ASCII.indexOf(c);
            if (k < 0 || !besideHan(s, i, c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            out.append(FULL.charAt(k));
        }
        return out == null ? s : out.toString();
    }

    /** Whether the character before or after (an opening bracket: after; a closing one: before) is Chinese. */
    private static boolean besideHan(String s, int i, char c) {
        boolean before = i > 0 && cjk(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && cjk(s.charAt(i + 1));
        return switch (c) {
            case '(' -> after || before;
            case ')' -> before || after;
            default -> before || after && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
        };
    }

    private static boolean cjk(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || c == '“' || c == '”' || c == '‘' || c == '’';
    }
}
