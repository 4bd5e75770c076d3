package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;
import org.bulletinkg.rules.BylineWords;
import org.bulletinkg.rules.Keywords;

/**
 * Bylines and credits, with the words of {@code rules/bylines.tsv}: （记者 唐炜）, （实习记者 王明 通讯员 李华）,
 * （大众日报客户端记者 赵君 报道摄影李鹏）, 本报讯（记者孟佳见习记者赵一鸣）, 人民网某地3月2日电 （王明）, a bare
 * （王明） or （区政协 王明） closing the text, 文/司马婧, ■林晓雯, 作者:王明, 编辑: 刘燕, 王明摄. The byline word
 * becomes the person's post where the table gives one; editors and reviewers are people, not reporters.
 */
final class ReporterReader {
    /** The rule of a credit that makes a person of the bulletin but no reporter (an editor, a reviewer). */
    static final String EDITOR_RULE = "credit-editor";
    /** A credit in brackets: at a paragraph's end, its start, or right after a dateline (…讯, …电). */
    private static final Pattern BRACKETED = Pattern.compile("[（(]\\s*([^（）()]{2,48}?)\\s*[）)]");
    private static final Pattern WRITER = Pattern.compile(
            "^(?:文\\s*[/／:：]\\s*|■\\s*|本报记者\\s*)([\\p{IsHan}]{2,4}(?:[\\s、，][\\p{IsHan}]{2,4})*)\\s*$");
    private static final Pattern LABELLED = Pattern.compile(
            "^(" + BylineWords.alternation() + ")\\s*[:：]\\s*(.+)$");
    private static final Pattern ROLE = Pattern.compile(BylineWords.alternation());
    private static final Pattern PHOTO = Pattern.compile("([\\p{IsHan}]{2,3})摄(?:影)?$");
    /** The word a photo credit holds: a line without it is not searched. */
    private static final Keywords PHOTO_WORD = Keywords.of(PHOTO);
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}]{2,4}(?:·[\\p{IsHan}]{2,6})?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s　:：、，,]+");
    private static final Pattern TOKEN = Pattern.compile("[^\\s　:：、，,/／]+");
    /** Words that end the name of an organisation, not of a person: （县政府办） is no byline. */
    private static final Pattern ORGANISATION = Pattern.compile(".*(?:委|协|局|办|会|部|府|院|中心|报|网|台|社|站|组|所|处|科|室)$");

    private final Lexicon lexicon;

    ReporterReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<PersonFact> read(Bulletin b) {
        List<PersonFact> out = new ArrayList<>();
        for (Span p : b.paragraphs()) {
            if (p.index() == 0) {
                continue;
            }
            String para = b.textOf(p);
            boolean closing = p.index() >= b.paragraphs().size() - 2;
            Matcher m = BRACKETED.matcher(para);
            while (m.find()) {
                boolean atEnd = para.substring(m.end()).isBlank();
                boolean atStart = para.substring(0, m.start()).isBlank();
                String before = para.substring(Math.max(0, m.start() - 2), m.start()).strip();
                boolean afterDateline = before.endsWith("讯") || before.endsWith("电");
                if (!atEnd && !atStart && !afterDateline) {
                    continue;
                }
                readCredit(m.group(1), p.start() + m.start(1), atEnd && closing || afterDateline || atStart, out);
            }
            String line = para.strip();
            int base = p.start() + para.indexOf(line);
            boolean bylinePlace = p.index() == 1 || closing;
            Matcher w = WRITER.matcher(line);
            if (bylinePlace && w.find()) {
                names(w.group(1), base + w.start(1), null, "byline-writer", out);
            }
            Matcher l = LABELLED.matcher(line);
            if (l.find() && line.length() <= 40) {
                BylineWords.Word word = BylineWords.of(l.group(1));
                names(l.group(2), base + l.start(2), word, "byline-labelled", out);
            }
            Matcher photo = PHOTO.matcher(line);
            if (PHOTO_WORD.mayMatch(line) && photo.find() && isName(photo.group(1))) {
                int s = base + photo.start(1);
                out.add(new PersonFact(photo.group(1), List.of(), evidence(s, s + photo.group(1).length(), "byline-photo")));
            }
        }
        return dedupe(out);
    }

    /** The people of a bracketed credit: after each byline word its names; without a word, bare names. */
    private void readCredit(String credit, int offset, boolean bareNamesAllowed, List<PersonFact> out) {
        Matcher role = ROLE.matcher(credit);
        List<int[]> roles = new ArrayList<>();
        while (role.find()) {
            roles.add(new int[] {role.start(), role.end()});
        }
        if (roles.isEmpty()) {
            if (!bareNamesAllowed) {
                return;
            }
            String[] tokens = SEPARATORS.split(credit.strip());
            String last = tokens[tokens.length - 1];
            for (String t : tokens) {
                if (!t.equals(last) && !ORGANISATION.matcher(t).matches()) {
                    return;
                }
            }
            if (isName(last) && !ORGANISATION.matcher(last).matches()) {
                int s = offset + credit.lastIndexOf(last);
                out.add(new PersonFact(last, List.of(), evidence(s, s + last.length(), "byline-bare")));
            }
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            int from = roles.get(i)[1];
            int to = i + 1 < roles.size() ? roles.get(i + 1)[0] : credit.length();
            BylineWords.Word word = BylineWords.of(credit.substring(roles.get(i)[0], from));
            names(credit.substring(from, to), offset + from, word, "byline", out);
        }
    }

    private void names(String region, int offset, BylineWords.Word word, String rule, List<PersonFact> out) {
        Matcher t = TOKEN.matcher(region);
        while (t.find()) {
            String n = t.group();
            if (!isName(n)) {
                continue;
            }
            int s = offset + t.start();
            String r = word != null && !word.reporter() ? EDITOR_RULE : rule;
            Evidence ev = evidence(s, s + n.length(), r);
            List<PostFact> posts = word == null || word.post() == null ? List.of()
                    : List.of(new PostFact(word.post(), null, ev));
            out.add(new PersonFact(n, posts, ev));
        }
    }

    private boolean isName(String n) {
        if (!NAME.matcher(n).matches() || n.length() > 4 && n.indexOf('·') < 0) {
            return false;
        }
        return lexicon.isSingleSurname(n.charAt(0)) && n.length() <= 3
                || n.length() >= 3 && lexicon.isCompoundSurname(n.substring(0, 2)) || n.indexOf('·') > 0;
    }

    private static Evidence evidence(int s, int e, String rule) {
        return Evidence.of(s, e, rule);
    }

    private static List<PersonFact> dedupe(List<PersonFact> found) {
        List<PersonFact> out = new ArrayList<>();
        for (PersonFact p : found) {
            if (out.stream().noneMatch(x -> x.name().equals(p.name()))) {
                out.add(p);
            }
        }
        return out;
    }
}
