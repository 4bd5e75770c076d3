package org.bulletinkg.parse;

import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin.Form;
import org.bulletinkg.source.MarkupScan;

/**
 * Tells the three input forms apart by their content, not by the file name.
 *
 * <ul>
 *   <li>HTML_PAGE: a doctype, {@code <html>}, {@code <head>} or {@code <body>} near the start, or markup from
 *       the first character on (a bare fragment with no headline line).</li>
 *   <li>SEED: a first line free of markup, then HTML markup from the next non-blank character on (plain
 *       text that merely holds a tag somewhere stays plain text, its lines are its paragraphs).</li>
 *   <li>PLAIN_TEXT: anything else.</li>
 * </ul>
 */
final class FormSniffer {
    private static final int HEAD_CHARS = 4096;
    private static final Pattern DOCUMENT = Pattern.compile(
            "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*/?\\s*(?:div|p|span|br|table|tr|td|ul|ol|li|h[1-6]|section|article|font|strong|b|a|img)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private FormSniffer() {
    }

    static Form sniff(String text) {
        int head = Math.min(text.length(), HEAD_CHARS);
        if (holds(DOCUMENT, text, head)) {
            return Form.HTML_PAGE;
        }
        if (text.stripLeading().startsWith("<") && holds(MARKUP, text, head)) {
            return Form.HTML_PAGE;
        }
        String[] split = firstLine(text);
        String rest = split[1].stripLeading();
        if (!holds(MARKUP, split[0], split[0].length()) && rest.startsWith("<") && holds(MARKUP, rest, rest.length())) {
            return Form.SEED;
        }
        return Form.PLAIN_TEXT;
    }

    /** Whether text[0, limit) holds a match of a tag pattern (both patterns here start with '<'). */
    private static boolean holds(Pattern tag, String text, int limit) {
        return MarkupScan.nextTag(tag.matcher(text), text, 0, limit);
    }

    /** The first non-blank line (stripped) and everything after its line break. */
    static String[] firstLine(String text) {
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(pos, end);
            if (!TextNormalizer.normalize(line).isEmpty()) {
                return new String[] {line.strip(), text.substring(Math.min(text.length(), end + 1))};
            }
            pos = end + 1;
        }
        return new String[] {"", ""};
    }
}
