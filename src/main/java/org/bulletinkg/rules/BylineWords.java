package org.bulletinkg.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** The words of bylines and credits ({@code rules/bylines.tsv}), longest first. */
public final class BylineWords {
    /** A byline word, the post it gives (null for none) and whether it makes a reporter. */
    public record Word(String word, String post, boolean reporter) {
    }

    private static final List<Word> WORDS = load();
    /** One-character words (文, 图) count only before a separator (文/王明, 图：李华): 骆文 is a name. */
    private static final String ALTERNATION = String.join("|", WORDS.stream().map(w -> Pattern.quote(w.word())
            + (w.word().length() == 1 ? "(?=\\s*[/／:：\\s])" : "")).toList());

    private BylineWords() {
    }

    private static List<Word> load() {
        List<Word> words = new ArrayList<>();
        for (RuleTable.Row r : RuleTable.read("bylines.tsv")) {
            words.add(new Word(r.name(), r.get(1).equals("-") ? null : r.get(1), r.get(2).equals("yes")));
        }
        words.sort(Comparator.comparingInt((Word w) -> w.word().length()).reversed());
        return List.copyOf(words);
    }

    public static List<Word> all() {
        return WORDS;
    }

    /** The words as a regular expression alternation, longest first. */
    public static String alternation() {
        return ALTERNATION;
    }

    /** The word of this text, or null. */
    public static Word of(String word) {
        for (Word w : WORDS) {
            if (w.word().equals(word)) {
                return w;
            }
        }
        return null;
    }
}
