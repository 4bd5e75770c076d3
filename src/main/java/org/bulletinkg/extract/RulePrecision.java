package org.bulletinkg.extract;

import java.util.HashMap;
import java.util.Map;
import org.bulletinkg.rules.RuleTable;

/**
 * Each rule's precision as measured on a gold set ({@code rules/precision.tsv}, written by
 * {@code bulletin-kg rules}): the confidence of the evidence a rule produces. A rule not measured yet (no
 * fact of it in the gold set) gets {@link #UNMEASURED}.
 */
public final class RulePrecision {
    /** The confidence of a rule that no gold set has measured. */
    public static final double UNMEASURED = 0.5;

    private static final Map<String, Double> PRECISION = load();

    private RulePrecision() {
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new HashMap<>();
        for (RuleTable.Row r : RuleTable.read("precision.tsv")) {
            m.put(r.name(), Double.parseDouble(r.get(1)));
        }
        return Map.copyOf(m);
    }

    /** The rule's measured precision, or {@link #UNMEASURED}. */
    public static double of(String rule) {
        return PRECISION.getOrDefault(rule, UNMEASURED);
    }
}
