package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletinkg.nlp.Token;

/**
 * Finds people by the patterns of the genre rather than by the tagger alone: a post title right before a
 * name (区委书记于军), lists under one post (副主席谢婉清、唐立军、高翔), several posts before one name
 * (区委副书记、区长杜永刚), and a leader's name right before a title (习近平总书记). HanLP's person tags
 * break ties on a name's length and confirm leader names that the lexicon lacks.
 */
final class PersonRecognizer {
    /** Words that may follow a name directly. */
    private static final List<String> AFTER_NAME = List.of(
            "主持", "出席", "列席", "参加", "作", "就", "关于", "围绕", "受", "在", "所作", "指出", "强调", "讲话",
            "表示", "要求", "汇报", "对", "从", "等", "同志", "和", "与", "及", "带领", "陪同", "调研", "介绍", "说",
            "代表", "传达", "宣读", "通报", "率", "的", "主讲", "解读", "总结", "部署", "发言", "为", "向", "到",
            "会见", "一行", "分别", "也", "还", "先后", "结合", "认为", "希望", "提出", "任", "兼", "同时", "说明",
            "出任", "参会", "带队", "会同", "与会", "并", "则", "是", "以", "将", "通过", "应邀", "以及", "当选");
    /** Words that end the stretch of text before a post title. */
    private static final List<String> BEFORE_POST = List.of(
            "听取了", "听取", "邀请", "会议由", "由", "了", "同意", "任命", "免去", "其中", "包括", "特邀", "来自",
            "召开", "主持", "出席", "列席", "参加", "暨", "受", "请", "经", "传达", "学习", "在", "的", "该", "见习",
            "实习", "记者", "大会");
    private static final Set<String> NOT_NAMES = Set.of(
            "会议", "全区", "各级", "同志", "主持", "常委会", "委员会", "全体", "有关", "相关", "各部门", "主要",
            "班子", "成员", "代表", "干部", "领导", "部门", "单位", "工作", "要求", "提出");
    /** Characters that do not stand second or third in a name in this genre. */
    private static final String NOT_IN_NAME = "的了在和是为会要等区市县委局长办部院与及对就作从向到并主副常书记";
    private static final List<String> LEADER_TITLES = List.of("总书记", "书记", "同志", "主席", "总理", "委员长");
    private static final List<String> BEFORE_LEADER = List.of(
            "学习贯彻", "深入学习", "学习", "贯彻", "传达", "落实", "按照", "根据", "围绕", "了", "和", "及", "与",
            "是", "在", "对", "向", "把", "将", "以", "的");

    /** The word lists above by the character a test at one offset reads first (they are tried at every name). */
    private static final WordIndex AFTER_NAME_BY_FIRST = WordIndex.byFirst(AFTER_NAME);
    private static final WordIndex BEFORE_POST_BY_LAST = WordIndex.byLast(BEFORE_POST);
    private static final WordIndex BEFORE_LEADER_BY_LAST = WordIndex.byLast(BEFORE_LEADER);

    /** Names of two parts joined by a middle dot (亚迪卡尔·吐尔洪), as Uyghur, Tibetan and other names are written. */
    private static final java.util.regex.Pattern DOTTED_NAME = java.util.regex.Pattern.compile(
            "[\\p{IsHan}]{2,6}[·•・][\\p{IsHan}]{2,6}");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer = Gazetteer.standard();

    PersonRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Person mentions of one paragraph.
     *
     * @param text   the bulletin text
     * @param start  the paragraph's start
     * @param end    the paragraph's end
     * @param tokens HanLP tokens of the paragraph, offsets already shifted into the bulletin text
     */
    List<NameMention> recognize(String text, int start, int end, List<Token> tokens, int groupBase) {
        Map<Integer, Integer> personTokens = new LinkedHashMap<>();
        for (Token t : tokens) {
            if (t.isPersonName()) {
                personTokens.put(t.start(), t.word().length());
            }
        }
        List<NameMention> found = new ArrayList<>();
        int group = groupBase;
        int i = start;
        while (i < end) {
            String title = titleAt(text, i, end);
            if (title == null) {
                i++;
                continue;
            }
            int titleEnd = i + title.length();
            String name = readName(text, titleEnd, end, personTokens);
            if (name == null) {
                i = titleEnd;
                continue;
            }
            int phraseStart = postPhraseStart(text, start, i);
            List<PostFact> posts = new ArrayList<>();
            // earlier posts joined by 、 (区委副书记、区长杜永刚)
            int s = phraseStart;
            while (s - 1 > start && text.charAt(s - 1) == '、') {
                String prevTitle = titleEndingAt(text, s - 1);
                if (prevTitle == null || nameEndingAt(found, s - 1)) {
                    break;
                }
                int ps = postPhraseStart(text, start, s - 1 - prevTitle.length());
                posts.add(0, post(text.substring(ps, s - 1), prevTitle, ps, s - 1));
                s = ps;
            }
            // 区委副书记区长李新: two posts written without a separator
            String joinedTitle = titleEndingAt(text, i);
            if (joinedTitle != null && i - joinedTitle.length() >= phraseStart) {
                posts.add(post(text.substring(phraseStart, i), joinedTitle, phraseStart, i));
                phraseStart = i;
            }
            PostFact main = post(text.substring(phraseStart, titleEnd), title, phraseStart, titleEnd + name.length());
            if (main.organization() == null && phraseStart - 1 > start && text.charAt(phraseStart - 1) == '、') {
                // 总经理孙剑波、副总经理胡波飞: the second inherits the first's organisation
                NameMention prev = endingAt(found, phraseStart - 1);
                if (prev != null && !prev.posts().isEmpty() && prev.posts().get(0).organization() != null) {
                    main = new PostFact(main.title(), prev.posts().get(0).organization(), main.evidence());
                }
            }
            posts.add(main);
            group++;
            int nameStart = titleEnd;
            found.add(new NameMention(name, nameStart, nameStart + name.length(), posts, group, "post-name"));
            int j = nameStart + name.length();
            // a list of names under the same posts
            while (j < end && text.charAt(j) == '、') {
                String next = readName(text, j + 1, end, personTokens);
                if (next == null || titleAt(text, j + 1, end) != null) {
                    break;
                }
                int ns = j + 1;
                found.add(new NameMention(next, ns, ns + next.length(), withSpan(posts, ns, ns + next.length()),
                        group, "post-name-list"));
                j = ns + next.length();
            }
            i = j;
        }
        found.addAll(leadersBeforeTitles(text, start, end, personTokens, found, group));
        found.addAll(namesBeforeEtc(text, start, end, found, group + 2000));
        found.addAll(namesByCue(text, start, end, found, group + 3000));
        found.sort(Comparator.comparingInt(NameMention::start));
        return found;
    }

    private List<PostFact> withSpan(List<PostFact> posts, int s, int e) {
        List<PostFact> out = new ArrayList<>();
        for (PostFact p : posts) {
            out.add(new PostFact(p.title(), p.organization(),
                    Evidence.of(Math.min(p.evidence().start(), s), e, "post-name-list")));
        }
        return out;
    }

    private static boolean nameEndingAt(List<NameMention> found, int offset) {
        return endingAt(found, offset) != null;
    }

    private static NameMention endingAt(List<NameMention> found, int offset) {
        for (NameMention m : found) {
            if (m.end() == offset) {
                return m;
            }
        }
        return null;
    }

    /** Splits a post phrase into the post as written and, where a named organisation precedes it, that organisation. */
    private PostFact post(String phrase, String title, int s, int e) {
        Evidence ev = Evidence.of(s, e, "post-name");
        if (phrase.equals(title) || isRelativePrefix(phrase, title)) {
            return new PostFact(phrase, null, ev);
        }
        return new PostFact(title, phrase.substring(0, phrase.length() - title.length()), ev);
    }

    /**
     * Post phrases that begin with the jurisdiction's own bodies (区政务服务局局长) or name one of its
     * departments (组织部部长, 开发建设局局长) are written whole; others name an outside organisation.
     */
    private boolean isRelativePrefix(String phrase, String title) {
        for (String p : List.of("区", "市", "县", "镇", "乡", "街道", "省", "工委", "管委会", "指挥部", "领导小组", "副",
                "常务", "党组", "中央", "国务院", "全国", "中共", "中国共产党", "自治区", "州", "旗", "盟", "政府", "代理",
                "大会", "政协", "人大")) {
            if (phrase.startsWith(p)) {
                return true;
            }
        }
        // a post of a named division's body is written whole: 义乌市委书记, 海北州委书记, 盐湖区委书记
        for (int len = Math.min(8, phrase.length() - title.length()); len >= 2; len--) {
            String head = phrase.substring(0, len);
            if (!gazetteer.named(head).isEmpty() || !gazetteer.shortNamed(head).isEmpty()) {
                return true;
            }
        }
        String org = phrase.substring(0, phrase.length() - title.length());
        return lexicon.partyDepartments().contains(org) || lexicon.governmentDepartments().contains(org);
    }

    private String titleAt(String text, int i, int end) {
        for (String t : lexicon.postTitlesAt(text, i)) {
            if (text.startsWith(t, i) && i + t.length() <= end) {
                return t;
            }
        }
        return null;
    }

    private String titleEndingAt(String text, int e) {
        // only titles ending with the character before e can end at e; they are tried longest first, as in
        // the whole list
        for (String t : lexicon.postTitlesEndingWith(text, e)) {
            if (e - t.length() >= 0 && text.startsWith(t, e - t.length())) {
                return t;
            }
        }
        return null;
    }

    /** Walks left from a title over the organisation words that belong to the post. */
    private static int postPhraseStart(String text, int paragraphStart, int titleStart) {
        int s = titleStart;
        int limit = Math.max(paragraphStart, titleStart - 24);
        while (s > limit) {
            char c = text.charAt(s - 1);
            if (!Chars.isHan(c) && !Character.isDigit(c) && !Character.isLetter(c)) {
                break;
            }
            boolean stop = false;
            for (String w : BEFORE_POST_BY_LAST.at(text, s - 1)) {
                if (s - w.length() >= limit && text.startsWith(w, s - w.length())) {
                    stop = true;
                    break;
                }
            }
            if (stop) {
                break;
            }
            if ("和与及同".indexOf(c) >= 0 && "区市县副省镇".indexOf(text.charAt(s)) >= 0) {
                break;
            }
            s--;
        }
        return s;
    }

    /** Reads a name at offset i, or returns null when none stands there. */
    String readName(String text, int i, int end, Map<Integer, Integer> personTokens) {
        if (i >= end || !Chars.isHan(text.charAt(i))) {
            return null;
        }
        java.util.regex.Matcher dotted = DOTTED_NAME.matcher(text).region(i, end);
        if (dotted.lookingAt()) {
            // the second part ends at the first boundary (亚迪卡尔·吐尔洪同志主持: not 吐尔洪同志)
            int dot = i;
            while ("·•・".indexOf(text.charAt(dot)) < 0) {
                dot++;
            }
            for (int k = dot + 3; k <= dotted.end(); k++) {
                if (followedByBoundary(text, k, end)) {
                    return text.substring(i, k);
                }
            }
        }
        int[] lengths;
        if (i + 2 <= end && lexicon.isCompoundSurname(text.substring(i, i + 2))) {
            lengths = new int[] {3, 4};
        } else if (lexicon.isSingleSurname(text.charAt(i))) {
            lengths = new int[] {2, 3};
        } else {
            return null;
        }
        Integer tagged = personTokens.get(i);
        if (tagged != null) {
            for (int len : lengths) {
                if (len == tagged && acceptable(text, i, len, end)) {
                    return text.substring(i, i + len);
                }
            }
        }
        for (int len : lengths) {
            if (acceptable(text, i, len, end)) {
                return text.substring(i, i + len);
            }
        }
        return null;
    }

    private boolean acceptable(String text, int i, int len, int end) {
        if (i + len > end) {
            return false;
        }
        String name = text.substring(i, i + len);
        if (!Chars.allHan(name) || NOT_NAMES.contains(name)) {
            return false;
        }
        int surname = lexicon.isCompoundSurname(name.substring(0, Math.min(2, name.length()))) ? 2 : 1;
        for (int k = surname; k < len; k++) {
            if (NOT_IN_NAME.indexOf(name.charAt(k)) >= 0) {
                return false;
            }
        }
        return followedByBoundary(text, i + len, end);
    }

    private static boolean followedByBoundary(String text, int j, int end) {
        if (j >= end) {
            return true;
        }
        if (Chars.isBreak(text.charAt(j))) {
            return true;
        }
        for (String w : AFTER_NAME_BY_FIRST.at(text, j)) {
            if (text.startsWith(w, j)) {
                return true;
            }
        }
        return false;
    }

    /** 习近平总书记, 蔡奇书记: a leader's name right before the title. */
    private List<NameMention> leadersBeforeTitles(String text, int start, int end, Map<Integer, Integer> personTokens,
                                                  List<NameMention> already, int groupBase) {
        List<NameMention> out = new ArrayList<>();
        int group = groupBase + 1000;
        for (String title : LEADER_TITLES) {
            int from = start;
            while (true) {
                int t = text.indexOf(title, from);
                if (t < 0 || t >= end) {
                    break;
                }
                from = t + title.length();
                if (title.equals("书记") && t > 0 && text.charAt(t - 1) == '总') {
                    continue;
                }
                for (int len = 4; len >= 2; len--) {
                    int s = t - len;
                    if (s < start) {
                        continue;
                    }
                    String name = text.substring(s, t);
                    if (!Chars.allHan(name) || covered(already, s, t) || covered(out, s, t)) {
                        continue;
                    }
                    boolean known = lexicon.isLeader(name)
                            || (personTokens.containsKey(s) && personTokens.get(s) == len);
                    boolean surname = lexicon.isSingleSurname(name.charAt(0)) || lexicon.isCompoundSurname(name.substring(0, 2));
                    if (known && (surname || lexicon.isLeader(name)) && leftBoundary(text, s, start)) {
                        String post = title.equals("同志") ? null : title;
                        List<PostFact> posts = post == null ? List.of()
                                : List.of(new PostFact(post, null, Evidence.of(s, t + title.length(), "name-title")));
                        out.add(new NameMention(name, s, t, posts, ++group, "name-title"));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * 王强、李华等区领导出席会议: a list of names without posts, closed by 等 and an attendance verb. The list
     * starts a paragraph or follows one of {@link #BEFORE_NAMES_ETC}.
     */
    private static final java.util.regex.Pattern NAMES_ETC = java.util.regex.Pattern.compile(
            "((?:[\\p{IsHan}]{2,4}[、，])+[\\p{IsHan}]{2,4})(?:等[^，。；]{0,30}?(?:出席|参加|列席)|在主席台[^，。；]{0,4}就[坐座]|(?:出席|参加|列席)(?:了?会议|。|，)|(?:应邀|分别|以及)"
            + "|(?=[、，。；]?(?:[0-9一二三四五六七八九十]+名|等)))");
    /** 区领导王强、李华，区检察院…: after an introducer, a list of two or more names ends at a comma or 及. */
    private static final java.util.regex.Pattern NAMES_INTRODUCED = java.util.regex.Pattern.compile(
            "((?:[\\p{IsHan}]{2,4}、)+[\\p{IsHan}]{2,4})(?=[，；。]|及|以及|和)");
    private static final String BEFORE_NAMES_ETC = "，。；：";
    /** Words that introduce a list of names without posts (区领导王强、李华出席, 大会执行主席…, 会上，…). */
    private static final List<String> LIST_INTRODUCERS = List.of(
            "领导", "县领导", "区领导", "市领导", "旗领导", "执行主席", "常务主席", "会上", "成员", "委员", "主席台就座的有",
            "出席会议的有", "参加会议的有");

    private List<NameMention> namesBeforeEtc(String text, int start, int end, List<NameMention> already, int groupBase) {
        List<NameMention> out = new ArrayList<>();
        // The pattern is tried only where a list may start (not at every offset, as a look-behind would be),
        // anchored there, on the paragraph as a region of the text: the matches of a find() over the paragraph.
        java.util.regex.Matcher closed = NAMES_ETC.matcher(text);
        java.util.regex.Matcher introduced = NAMES_INTRODUCED.matcher(text);
        // where an introducer ends (区领导…, 执行主席…): found once per paragraph, not tried at every offset
        java.util.BitSet introducedAt = new java.util.BitSet();
        for (String w : LIST_INTRODUCERS) {
            for (int k = text.indexOf(w, start); k >= 0 && k + w.length() <= end; k = text.indexOf(w, k + 1)) {
                introducedAt.set(k + w.length());
            }
        }
        int p = start;
        while (p < end) {
            boolean mayStart = p == start || BEFORE_NAMES_ETC.indexOf(text.charAt(p - 1)) >= 0 || introducedAt.get(p);
            java.util.regex.Matcher m = closed;
            if (mayStart && !closed.region(p, end).lookingAt()) {
                m = introducedAt.get(p) && introduced.region(p, end).lookingAt() ? introduced : null;
            }
            if (!mayStart || m == null) {
                p++;
                continue;
            }
            // a list joined by commas is a list of names only when closed by 等 and a verb (王明，李华等领导出席)
            boolean commas = m.group(1).indexOf('，') >= 0;
            if (commas && !m.group().substring(m.group(1).length()).startsWith("等")) {
                p++;
                continue;
            }
            p = m.end();
            String[] names = m.group(1).split("[、，]");
            List<NameMention> list = new ArrayList<>();
            int at = m.start(1);
            // a name of a rare surname or an odd character in a list of three or more is still a name (…、问向荣、
            // 郭若为、…): one in a short list, one in four in a long one
            int rare = 0;
            int rareAllowed = names.length >= 3 ? Math.max(1, names.length / 3) : 0;
            for (String n : names) {
                boolean surname = n.length() >= 2 && (lexicon.isSingleSurname(n.charAt(0)) && n.length() <= 3
                        || lexicon.isCompoundSurname(n.substring(0, 2)) && n.length() >= 3);
                boolean inName = n.chars().skip(1).anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0);
                // odd: a rare surname, or a known one with a character seldom in names; both only in a list of five
                // or more (问向荣)
                boolean odd = surname == inName || !surname && names.length >= 5;
                if (odd && n.length() <= 3 && rare < rareAllowed && !NOT_NAMES.contains(n)) {
                    rare++;
                    surname = true;
                    inName = false;
                }
                if (!surname || inName || NOT_NAMES.contains(n)) {
                    list.clear();
                    break;
                }
                if (covered(already, at, at + n.length())) {
                    at += n.length() + 1;
                    continue;
                }
                list.add(new NameMention(n, at, at + n.length(), List.of(), groupBase + 1, "names-etc"));
                at += n.length() + 1;
            }
            out.addAll(list);
            groupBase++;
        }
        return out;
    }

    /** 由王强主持, 。王强主持会议: a name without a post, known by the role verb right after it. */
    private static final java.util.regex.Pattern NAME_BY_CUE = java.util.regex.Pattern.compile(
            "(?:由|^|[，。；：])([\\p{IsHan}]{2,3})(?:同志)?(?=主持|出席并讲话|宣布)");

    private List<NameMention> namesByCue(String text, int start, int end, List<NameMention> already, int groupBase) {
        List<NameMention> out = new ArrayList<>();
        java.util.regex.Matcher m = NAME_BY_CUE.matcher(text).region(start, end);
        while (m.find()) {
            String n = m.group(1);
            int at = m.start(1);
            boolean surname = lexicon.isSingleSurname(n.charAt(0)) || lexicon.isCompoundSurname(n.substring(0, 2));
            boolean inName = n.chars().skip(1).anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0);
            if (surname && !inName && !NOT_NAMES.contains(n) && !covered(already, at, at + n.length())
                    && !covered(out, at, at + n.length())) {
                out.add(new NameMention(n, at, at + n.length(), List.of(), ++groupBase, "name-by-role"));
            }
        }
        return out;
    }

    /** Whether a mention overlaps text[s, e). */
    static boolean covered(List<NameMention> ms, int s, int e) {
        for (NameMention m : ms) {
            if (s < m.end() && e > m.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean leftBoundary(String text, int s, int start) {
        if (s == start || Chars.isBreak(text.charAt(s - 1))) {
            return true;
        }
        for (String w : BEFORE_LEADER_BY_LAST.at(text, s - 1)) {
            if (s - w.length() >= start && text.startsWith(w, s - w.length())) {
                return true;
            }
        }
        return false;
    }
}
