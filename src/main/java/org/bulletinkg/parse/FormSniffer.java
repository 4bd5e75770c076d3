package org.bulletinkg.parse;

import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin.Form;

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
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        if (DOCUMENT.matcher(head).find()) {
            return Form.HTML_PAGE;
        }
        if (text.stripLeading().startsWith("<") && MARKUP.matcher(head).find()) {
            return Form.HTML_PAGE;
        }
        String[] split = firstLine(text);
        String rest = split[1].stripLeading();
        if (!MARKUP.matcher(split[0]).find() && rest.startsWith("<") && MARKUP.matcher(rest).find()) {
            return Form.SEED;
        }
        return Form.PLAIN_TEXT;
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
