package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Dictionary words grouped by one of their characters (the first, or the last), each group in the
 * dictionary's own order. The rules try the dictionaries at every position of a bulletin; grouping lets a
 * position try only the words that can match there, in the order the whole list would have tried them, so
 * the first word that matches is the same one. A bit set answers "no word here" (most positions) without
 * boxing the character or searching the keys.
 */
final class WordIndex {
    private static final String[] NONE = {};

    private final BitSet present = new BitSet(Character.MAX_VALUE + 1);
    private final char[] keys;
    /** Arrays, not lists: the rules loop over a group at most positions, and an array's loop allocates nothing. */
    private final String[][] groups;

    private WordIndex(List<String> words, ToIntFunction<String> keyOf) {
        TreeMap<Character, List<String>> byKey = new TreeMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                byKey.computeIfAbsent((char) keyOf.applyAsInt(w), k -> new ArrayList<>()).add(w);
            }
        }
        keys = new char[byKey.size()];
        groups = new String[byKey.size()][];
        int i = 0;
        for (var e : byKey.entrySet()) {
            keys[i] = e.getKey();
            groups[i++] = e.getValue().toArray(String[]::new);
            present.set(e.getKey());
        }
    }

    /** The words by their first character. */
    static WordIndex byFirst(List<String> words) {
        return new WordIndex(words, w -> w.charAt(0));
    }

    /** The words by their last character. */
    static WordIndex byLast(List<String> words) {
        return new WordIndex(words, w -> w.charAt(w.length() - 1));
    }

    /** The words keyed by c, in dictionary order; empty when none. Shared: callers only read it. */
    String[] get(char c) {
        if (!present.get(c)) {
            return NONE;
        }
        return groups[Arrays.binarySearch(keys, c)];
    }

    /** The words keyed by the character at an offset of the text; empty past the text's end. */
    String[] at(String text, int offset) {
        return offset >= 0 && offset < text.length() ? get(text.charAt(offset)) : NONE;
    }
}
