package org.bulletinkg.parse;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Reads the seed form: the first non-empty line is the headline as plain text, the rest an HTML fragment
 * whose block elements ({@code <div><span>…</span></div>}) are the paragraphs.
 */
final class SeedReader {
    private SeedReader() {
    }

    static ParsedContent read(String text) {
        String[] headAndRest = FormSniffer.firstLine(text);
        String title = Parser.unescapeEntities(headAndRest[0], false);
        return new ParsedContent(title, BlockText.lines(Jsoup.parseBodyFragment(headAndRest[1]).body()), null, null);
    }
}
