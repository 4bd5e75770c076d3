package org.bulletinkg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * score.py's Tally: true positives, false positives and false negatives of one field. Sets and lists passed
 * in may hold null (Python's None), so they must be null-tolerant collections such as HashSet and ArrayList.
 */
final class Tally {
    int tp;
    int fp;
    int fn;

    /** add_sets(got, want): set members may be null, as Python's None. */
    void addSets(Set<?> got, Set<?> want) {
        addSets(got, want, new HashSet<>());
    }

    /** add_sets(got, want, optional): got items in optional are dropped before counting. */
    void addSets(Set<?> got, Set<?> want, Set<?> optional) {
        Set<Object> kept = new HashSet<>();
        for (Object g : got) {
            if (!optional.contains(g)) {
                kept.add(g);
            }
        }
        for (Object g : kept) {
            if (want.contains(g)) {
                tp++;
            } else {
                fp++;
            }
        }
        for (Object w : want) {
            if (!kept.contains(w)) {
                fn++;
            }
        }
    }

    /**
     * add_alias(got, gold_groups, optional): a gold group is found when any got name is one of its aliases;
     * a got name is extra when it is in no group and not among the optional names.
     */
    void addAlias(Set<String> got, List<List<String>> goldGroups, Set<String> optional) {
        Set<String> used = new HashSet<>();
        int matched = 0;
        for (List<String> group : goldGroups) {
            boolean hit = false;
            for (String g : got) {
                if (group.contains(g)) {
                    used.add(g);
                    hit = true;
                }
            }
            matched += hit ? 1 : 0;
        }
        for (String g : got) {
            if (!used.contains(g) && !optional.contains(g)) {
                fp++;
            }
        }
        tp += matched;
        fn += goldGroups.size() - matched;
    }

    /** P, R and F1 as score.py computes them: 1.0 for an empty denominator, F1 0.0 when P + R is 0. */
    double[] prf() {
        double p = tp + fp != 0 ? (double) tp / (tp + fp) : 1.0;
        double r = tp + fn != 0 ? (double) tp / (tp + fn) : 1.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }
}
