package org.bulletinkg.parse;

import java.util.ArrayList;
import java.util.List;

/** Reads plain text: the first non-empty line is the headline, every later non-empty line a paragraph. */
final class PlainTextReader {
    private PlainTextReader() {
    }

    static ParsedContent read(String text) {
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029")) {
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
