package org.bulletinkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text: the first line is the headline (none when it is empty), every later non-empty line a
 * paragraph.
 */
final class PlainTextReader {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

    private PlainTextReader() {
    }

    static ParsedContent read(String text) {
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        String[] lines = LINE_BREAK.split(text.startsWith("\uFEFF") ? text.substring(1) : text);
        // An empty first line says the page had no headline: the text starts on the next line.
        if (lines.length > 1 && TextNormalizer.normalize(lines[0]).isEmpty()) {
            title = "";
        }
        for (String line : lines) {
            String clean = TextNormalizer.normalize(line);
            if (clean.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = clean;
            } else {
                paragraphs.add(clean);
            }
        }
        return new ParsedContent(title, paragraphs, null, null);
    }
}
