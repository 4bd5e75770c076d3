package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bulletinkg.rules.RuleTable;

/**
 * Tells a meeting a bulletin reports as held from one it only refers to, by the words around its name
 * ({@code rules/held-context.tsv}): 传达学习市委全会精神, 在…会议上, 决定…会议于3月23日召开.
 */
final class HeldContext {
    private record Rule(String name, String where, Pattern pattern) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        for (RuleTable.Row r : RuleTable.read("held-context.tsv")) {
            RULES.add(new Rule(r.name(), r.get(1), Pattern.compile(r.get(2))));
        }
    }

    private HeldContext() {
    }

    /** The name of the rule that makes text[start, end) a meeting only referred to, or null when it is held. */
    static String referredBy(String text, int start, int end, int clauseStart, int sentenceStart) {
        String before = text.substring(clauseStart, start);
        String sentenceBefore = text.substring(Math.min(sentenceStart, start), start);
        String after = text.substring(end, Math.min(text.length(), end + 24));
        for (Rule r : RULES) {
            String context = switch (r.where()) {
                case "before" -> before;
                case "sentence-before" -> sentenceBefore;
                default -> after;
            };
            if (r.pattern().matcher(context).find()) {
                return r.name();
            }
        }
        return null;
    }
}
