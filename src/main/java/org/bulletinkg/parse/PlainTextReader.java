package org.bulletinkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads plain text: the first non-empty line is the headline, every later non-empty line a paragraph. */
final class PlainTextReader {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

    private PlainTextReader() {
    }

    static ParsedContent read(String text) {
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : LINE_BREAK.split(text)) {
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
