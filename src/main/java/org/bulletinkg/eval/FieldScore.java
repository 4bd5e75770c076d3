package org.bulletinkg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One field's counts and scores, as one line of score.py's output.
 *
 * @param field     the field name, e.g. {@code meeting.chair}
 * @param tp        true positives
 * @param fp        false positives
 * @param fn        false negatives
 * @param precision tp / (tp + fp), or 1.0 when that is 0 / 0
 * @param recall    tp / (tp + fn), or 1.0 when that is 0 / 0
 * @param f1        2PR / (P + R), or 0.0 when P + R is 0
 */
public record FieldScore(String field, int tp, int fp, int fn, double precision, double recall, double f1) {
    /** Whether the field had anything to count (tp + fp + fn > 0): only those enter the macro-F1. */
    public boolean counted() {
        return tp + fp + fn > 0;
    }

    /** The line score.py prints: {@code f"{f:28s} tp={tp:3d} fp={fp:3d} fn={fn:3d}  P={p:.3f} R={r:.3f} F1={f1:.3f}"}. */
    public String line() {
        return String.format(Locale.ROOT, "%-28s tp=%3d fp=%3d fn=%3d  P=%s R=%s F1=%s",
                field, tp, fp, fn, fixed3(precision), fixed3(recall), fixed3(f1));
    }

    /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half-to-even to three decimals. */
    static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
