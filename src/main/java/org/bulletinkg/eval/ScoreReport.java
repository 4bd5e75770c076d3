package org.bulletinkg.eval;

import java.util.List;

/**
 * The result of scoring a facts directory against a gold directory: one {@link FieldScore} per field in
 * score.py's order (all of {@link Scorer#FIELDS}, or {@link Scorer#MEETING_FIELDS} with meetings-only), and
 * the macro-F1, the mean F1 over the fields that had anything to count (0.0 if none had).
 */
public record ScoreReport(List<FieldScore> fields, double macroF1) {
    public ScoreReport {
        fields = List.copyOf(fields);
    }

    /** The named field's score. */
    public FieldScore field(String name) {
        for (FieldScore f : fields) {
            if (f.field().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no field " + name + " in this report");
    }

    /** Exactly what score.py prints without --json: one line per field, then {@code macro-F1 X.XXX}, each ending in a newline. */
    public String format() {
        StringBuilder b = new StringBuilder();
        for (FieldScore f : fields) {
            b.append(f.line()).append('\n');
        }
        return b.append("macro-F1 ").append(FieldScore.fixed3(macroF1)).append('\n').toString();
    }
}
