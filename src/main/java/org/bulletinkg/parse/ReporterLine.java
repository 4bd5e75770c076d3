package org.bulletinkg.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporter's credit: {@code （记者 唐炜）}, {@code （通讯员 赵一鸣 田甜）}, {@code 文/司马婧}, {@code ■林晓雯}.
 *
 * <p>It is content (the reporters are facts of the bulletin), so the parser keeps it, as a paragraph of its
 * own: a bracketed credit written at the end of the last paragraph, after the sentence's full stop, is split
 * off into its own paragraph.
 */
final class ReporterLine {
    private static final String ROLES = "(?:" + org.bulletinkg.rules.BylineWords.alternation() + "|文[/／:：])";
    /** A labelled credit in a page's furniture line (… 作者:王晓丽, 编辑: 刘燕 审核人:叶玲玲). */
    private static final Pattern LABELLED = Pattern.compile(
            "(?:" + org.bulletinkg.rules.BylineWords.alternation() + ")\\s*[:：]\\s*[\\p{IsHan}·]{2,8}(?:\\s+[\\p{IsHan}]{2,4}(?![:：\\p{IsHan}]))?");

    /** A bracketed credit closing a paragraph, after a terminator or closing mark. */
    private static final Pattern TRAILING = Pattern.compile(
            "(?<=[。！？；!?”’」』）)])\\s*([（(]\\s*" + ROLES + "[^（）()]{0,60}[）)])$");

    private ReporterLine() {
    }

    /** The labelled credits in a line of page furniture, each to be kept as a paragraph of the text. */
    static List<String> creditsIn(String furnitureLine) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = LABELLED.matcher(furnitureLine);
        while (m.find()) {
            out.add(m.group().strip());
        }
        return out;
    }

    /**
     * The paragraph, with a trailing bracketed credit split off as a second paragraph; the paragraph alone
     * when it has none (or is only the credit).
     */
    static List<String> splitTrailingCredit(String paragraph) {
        if (!mayEndWithCredit(paragraph)) {
            return List.of(paragraph);
        }
        Matcher m = TRAILING.matcher(paragraph);
        if (m.find() && m.start() > 0) {
            String head = paragraph.substring(0, m.start()).strip();
            String credit = m.group(1).strip();
            if (!head.isEmpty()) {
                return List.of(head, credit);
            }
        }
        return List.of(paragraph);
    }

    /**
     * Whether the paragraph ends as a credit does: with a closing bracket (or a line terminator, after which
     * {@code $} also matches). Most paragraphs end with 。 and are not searched at all.
     */
    private static boolean mayEndWithCredit(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return last == '）' || last == ')' || "\n\r\u0085\u2028\u2029".indexOf(last) >= 0;
    }
}
