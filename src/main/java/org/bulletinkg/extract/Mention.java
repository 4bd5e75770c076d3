package org.bulletinkg.extract;

/**
 * A thing named in the text, resolved to its canonical name.
 *
 * @param canonical the canonical name (海淀区委, 中关村科学城北区, 六稳)
 * @param key       a key into the dictionary it came from (a concept or place IRI), or null
 * @param surface   the words as they stand in the text
 * @param candidate true for a quoted slogan not (yet) in the strategy scheme
 */
public record Mention(String canonical, String key, String surface, boolean candidate, Evidence evidence) {
}
