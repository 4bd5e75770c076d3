package org.bulletinkg.extract;

/**
 * A post a person is given in the text.
 *
 * @param title        the post as written (区委书记, 总经理)
 * @param organization a named organisation written before the title (中国建设银行总行国际业务部), or null
 */
public record PostFact(String title, String organization, Evidence evidence) {
}
