package org.bulletinkg.source;

import java.util.regex.Matcher;

/**
 * Finds a pattern whose every match starts with {@code <} (a tag) by trying it only at the {@code <}
 * characters of the text. A plain {@link Matcher#find()} tries the pattern at every offset, which is most of
 * the cost of sniffing a page that is mostly text (a case-insensitive pattern compares each character).
 */
public final class MarkupScan {
    private MarkupScan() {
    }

    /**
     * Moves the matcher to the first match at or after {@code from} that lies inside {@code text[0, limit)},
     * as {@code find()} on that part of the text would; false when there is none. The matcher is anchored at
     * each candidate {@code <} with a region that ends at {@code limit}, so the pattern must not look behind
     * its start.
     */
    public static boolean nextTag(Matcher m, String text, int from, int limit) {
        for (int p = text.indexOf('<', from); p >= 0 && p < limit; p = text.indexOf('<', p + 1)) {
            if (m.region(p, limit).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
