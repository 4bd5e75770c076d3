package org.bulletinkg.extract;

/**
 * A thing named in the text, resolved to its canonical name.
 *
 * @param canonical the canonical name (海淀区委, 中关村科学城北区, 六稳)
 * @param key       a key into the dictionary it came from (a concept or place IRI), or null
 * @param surface   the words as they stand in the text
 * @param candidate true for a quoted slogan not (yet) in the strategy scheme
 * @param within    for a place that is no division (a village, a zone), the IRI of the division the text
 *                  places it in (阜平县骆驼湾村, 河津经济开发区), or null
 */
public record Mention(String canonical, String key, String surface, boolean candidate, Evidence evidence,
                      String within) {
    public Mention(String canonical, String key, String surface, boolean candidate, Evidence evidence) {
        this(canonical, key, surface, candidate, evidence, null);
    }

    /** This mention, placed in a division. */
    public Mention within(String divisionIri) {
        return new Mention(canonical, key, surface, candidate, evidence, divisionIri);
    }
}
