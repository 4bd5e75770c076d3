package org.bulletinkg.extract;

/**
 * Where a fact was read: a character span of the bulletin text, the rule that read it and how sure it is.
 *
 * @param start      first character of the supporting text
 * @param end        one past its last character
 * @param rule       the pattern, dictionary or model that produced the fact
 * @param confidence from 0 to 1: the rule's precision measured on a gold set ({@link RulePrecision})
 */
public record Evidence(int start, int end, String rule, double confidence) {
    /** Evidence whose confidence is its rule's measured precision ({@link RulePrecision}). */
    public static Evidence of(int start, int end, String rule) {
        return new Evidence(start, end, rule, RulePrecision.of(rule));
    }
}
