package org.bulletinkg.ontology;

/** The little HTML the documentation page needs: escaping and element text. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An element with escaped text. */
    static String el(String tag, String text) {
        return "<" + tag + ">" + esc(text) + "</" + tag + ">";
    }

    /** Text in a language, marked so that browsers pick fonts and screen readers voices for it. */
    static String lang(String text, String lang) {
        return "<span lang=\"" + esc(lang) + "\">" + esc(text) + "</span>";
    }
}
