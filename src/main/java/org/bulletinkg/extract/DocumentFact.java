package org.bulletinkg.extract;

/**
 * A document a meeting dealt with.
 *
 * @param title  the title inside 《》
 * @param action what was done to it (研究, 审议通过, 原则通过 ...), or null
 */
public record DocumentFact(String title, String action, Evidence evidence) {
}
