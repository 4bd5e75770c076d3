package org.bulletinkg.extract;

import java.util.List;

/**
 * One occurrence of a person's name in the text.
 *
 * @param name  the name
 * @param start offset of the name's first character
 * @param end   one past the name's last character
 * @param posts posts given right at this occurrence
 * @param group mentions of one list (谢婉清、唐立军、高翔) share a group number; a lone name has its own
 * @param rule  the pattern that found it
 */
record NameMention(String name, int start, int end, List<PostFact> posts, int group, String rule) {
}
