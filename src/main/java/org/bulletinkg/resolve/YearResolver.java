package org.bulletinkg.resolve;

import java.util.List;
import org.bulletinkg.extract.Extraction;

/**
 * Gives a year to meetings whose text gives only month and day, from sibling meetings of the same body in
 * the corpus: session numbers only grow, so 第182次 on 6月10日 falls in the year of a dated 第174次 (or
 * the next year, when its month and day come earlier). Runs over all extractions before mapping;
 * a streaming build uses {@link SiblingYears}, which holds the same rule, directly.
 */
public final class YearResolver {
    private YearResolver() {
    }

    public static List<Extraction> resolve(List<Extraction> all) {
        SiblingYears years = new SiblingYears();
        for (int i = 0; i < all.size(); i++) {
            years.learn(all.get(i));
        }
        return all.stream().map(years::resolve).toList();
    }
}
