package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Organisations, places and strategies named in the body, each resolved to its canonical name through the
 * lexicon and the bulletin's jurisdiction (区委 in a Haidian bulletin is 海淀区委).
 */
final class MentionReader {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{1,40})[”\"]");
    /** Words around a quoted slogan that are not part of it (“六稳”工作). */
    private static final List<String> SLOGAN_SUFFIXES = List.of("工作", "任务", "战略", "机制", "要求", "政策", "理念");
    private static final Pattern SLOGAN_SHAPE;
    private static final Pattern NOT_A_SLOGAN;
    private static final Pattern NOT_A_NAME_OF;
    private static final Pattern SHORT_SLOGAN;

    static {
        Map<String, Pattern> rules = new java.util.HashMap<>();
        for (org.bulletinkg.rules.RuleTable.Row r : org.bulletinkg.rules.RuleTable.read("slogans.tsv")) {
            rules.put(r.name(), Pattern.compile(r.get(1)));
        }
        SLOGAN_SHAPE = rules.get("shape");
        NOT_A_SLOGAN = rules.get("not-a-slogan");
        NOT_A_NAME_OF = rules.get("not-a-name-of");
        SHORT_SLOGAN = rules.get("short");
    }

    private static final org.bulletinkg.rules.NamedPatterns ORGANIZATION_RULES =
            org.bulletinkg.rules.NamedPatterns.of("organizations.tsv");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer = Gazetteer.standard();

    /** Each place label's position in {@link Lexicon#placeLabelsLongestFirst()}. */
    private final Map<String, Integer> placeRank = new java.util.HashMap<>();

    MentionReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<String> labels = lexicon.placeLabelsLongestFirst();
        for (int i = 0; i < labels.size(); i++) {
            placeRank.put(labels.get(i), i);
        }
    }

    // ------------------------------------------------------------------ strategies

    List<Mention> strategies(Bulletin b) {
        Map<String, Mention> out = new LinkedHashMap<>();
        String text = b.text();
        boolean[] quoted = new boolean[text.length()];
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            for (int k = q.start(); k < q.end(); k++) {
                quoted[k] = true;
            }
            String inside = q.group(1).strip();
            Lexicon.Entry e = strategyEntry(inside, text, q.end());
            Evidence ev = Evidence.of(q.start(), q.end(), "quoted-slogan");
            if (e != null) {
                out.putIfAbsent(e.canonical(), new Mention(e.canonical(), e.key(), q.group(), false, ev));
            } else if (looksLikeSlogan(inside)) {
                out.putIfAbsent(inside, new Mention(inside, null, q.group(), true,
                        Evidence.of(q.start(), q.end(), "quoted-candidate")));
            }
        }
        // unquoted labels: for each concept, its earliest occurrence (the longer label where two start together)
        Map<String, Integer> firstUnquoted = firstUnquotedLabels(text, b.paragraphs().get(0).end(), quoted);
        Map<String, Mention> unquoted = new java.util.TreeMap<>();
        for (Map.Entry<String, Lexicon.Entry> d : lexicon.strategies().entrySet()) {
            Lexicon.Entry e = d.getValue();
            String label = d.getKey();
            if (e.quotedOnly() || label.length() < 3 || out.containsKey(e.canonical())) {
                continue;
            }
            Integer found = firstUnquoted.get(label);
            if (found == null) {
                continue;
            }
            int at = found;
            Mention prior = unquoted.get(e.canonical());
            boolean better = prior == null || at < prior.evidence().start()
                    || (at == prior.evidence().start() && label.length() > prior.surface().length());
            if (better) {
                unquoted.put(e.canonical(), new Mention(e.canonical(), e.key(), label, false,
                        Evidence.of(at, at + label.length(), "strategy-dictionary")));
            }
        }
        unquoted.values().stream().sorted(java.util.Comparator.comparingInt((Mention m) -> m.evidence().start()))
                .forEach(m -> out.put(m.canonical(), m));
        return new ArrayList<>(out.values());
    }

    /**
     * Where each strategy label first occurs from {@code from} on outside quotation marks: one pass over the
     * text trying, at each position, the labels that start with its character (not one search per label).
     */
    private Map<String, Integer> firstUnquotedLabels(String text, int from, boolean[] quoted) {
        Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = from; i < text.length(); i++) {
            if (quoted[i]) {
                continue;
            }
            for (String label : lexicon.strategyLabelsStartingWith(text.charAt(i))) {
                if (text.startsWith(label, i)) {
                    first.putIfAbsent(label, i);
                }
            }
        }
        return first;
    }

    private Lexicon.Entry strategyEntry(String inside, String text, int after) {
        Map<String, Lexicon.Entry> dict = lexicon.strategies();
        Lexicon.Entry e = dict.get(inside);
        if (e != null) {
            return e;
        }
        for (String suffix : SLOGAN_SUFFIXES) {
            if (inside.endsWith(suffix) && dict.containsKey(inside.substring(0, inside.length() - suffix.length()))) {
                return dict.get(inside.substring(0, inside.length() - suffix.length()));
            }
        }
        // “两区”建设, “五子”联动, “放管服”改革: the label runs on past the closing quote
        for (int n = 2; n <= 3 && after + n <= text.length(); n++) {
            Lexicon.Entry joined = dict.get(inside + text.substring(after, after + n));
            if (joined != null) {
                return joined;
            }
        }
        return null;
    }

    /**
     * A quoted phrase not in the scheme is kept as a candidate when it has a slogan's shape and is neither a
     * figure of speech nor the name of an organisation, publication or place ({@code rules/slogans.tsv}).
     */
    private static boolean looksLikeSlogan(String s) {
        long han = s.codePoints().filter(Character::isIdeographic).count();
        boolean figures = han == 0 && s.chars().filter(Character::isDigit).count() >= 2;
        return SLOGAN_SHAPE.matcher(s).matches() && !NOT_A_SLOGAN.matcher(s).matches()
                && !NOT_A_NAME_OF.matcher(s).find() && (han >= 3 || han == 2 && SHORT_SLOGAN.matcher(s).matches() || figures);
    }

    // ------------------------------------------------------------------ places

    /**
     * Places of the place dictionary (zones and landmarks); the characters they claim are marked in {@code taken}.
     * A label inside 《》 ({@code inTitles}) or at the start of an organisation's name claims its text but names no
     * place.
     */
    List<Mention> places(Bulletin b, boolean[] taken, boolean[] inTitles) {
        Map<String, Mention> out = new LinkedHashMap<>();
        String text = b.text();
        int from = b.paragraphs().size() > 1 ? b.paragraphs().get(0).start() : 0;
        List<String> labels = lexicon.placeLabelsLongestFirst();
        // Labels claim the text longest first, each label left to right and never overlapping itself; the
        // occurrences come from one pass over the text, sorted into that order (label rank, then offset).
        long[] occurrences = placeOccurrences(text, from, labels);
        int rank = -1;
        int next = 0;
        for (long o : occurrences) {
            int r = (int) (o >>> 32);
            int at = (int) o;
            if (r != rank) {
                rank = r;
                next = from;
            }
            String label = labels.get(r);
            if (at < next) {
                continue; // inside this label's previous occurrence
            }
            next = at + label.length();
            if (!any(taken, at, at + label.length())) {
                for (int k = at; k < at + label.length(); k++) {
                    taken[k] = true;
                }
                if (inTitles[at] || DivisionReader.partOfName(text, at + label.length())) {
                    continue; // 《北京市…条例》, 首都机场集团: part of another name
                }
                Lexicon.Entry e = lexicon.places().get(label);
                out.putIfAbsent(e.canonical(), new Mention(e.canonical(), e.key(), label, false,
                        Evidence.of(at, at + label.length(), "place-dictionary")));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Every occurrence of every place label from {@code from} on, as (rank of the label) << 32 | offset, sorted. */
    private long[] placeOccurrences(String text, int from, List<String> labels) {
        long[] found = new long[16];
        int n = 0;
        for (int i = from; i < text.length(); i++) {
            for (String label : lexicon.placeLabelsStartingWith(text.charAt(i))) {
                if (text.startsWith(label, i)) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = (long) placeRank.get(label) << 32 | i;
                }
            }
        }
        long[] sorted = java.util.Arrays.copyOf(found, n);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private static boolean any(boolean[] flags, int s, int e) {
        for (int k = s; k < e; k++) {
            if (flags[k]) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ organisations

    /**
     * Organisations: the jurisdiction's party committee, government and departments (区委, 区政府, 区商务局,
     * 区委组织部), the city's (市委, 市政府), the centre (党中央), named ones from the lexicon, and those
     * named in posts. Meeting bodies (区委常委会) are left to the meetings.
     */
    List<Mention> organizations(Bulletin b, List<PersonFact> people, Gazetteer.Division jurisdictionDivision,
                                List<MeetingFact> meetings, DivisionReader.Occurrences names) {
        Map<String, Mention> out = new LinkedHashMap<>();
        String text = b.text();
        String jurisdiction = b.metadata().jurisdiction();
        int bodyStart = b.paragraphs().size() > 1 ? b.paragraphs().get(1).start() : 0;
        for (Span p : b.paragraphs()) {
            if (p.index() == 0) {
                continue;
            }
            int s = p.start();
            int e = p.end();
            ListOwner list = new ListOwner();
            for (int i = s; i < e; i++) {
                int last = readOrganizationAt(text, i, e, jurisdiction, jurisdictionDivision, out, list, names);
                if (last > i) {
                    list.read(last + 1);
                }
                i = last;
            }
        }
        for (Map.Entry<String, String> named : lexicon.namedOrganizations().entrySet()) {
            int at = text.indexOf(named.getKey(), bodyStart);
            while (at >= 0 && ORGANIZATION_RULES.matches("named-continues", text, at + named.getKey().length())) {
                at = text.indexOf(named.getKey(), at + 1);
            }
            if (at >= 0) {
                out.putIfAbsent(named.getValue(), new Mention(named.getValue(), null, named.getKey(), false,
                        Evidence.of(at, at + named.getKey().length(), "organization-dictionary")));
            }
        }
        for (PersonFact person : people) {
            for (PostFact post : person.posts()) {
                if (post.organization() != null) {
                    out.putIfAbsent(post.organization(), new Mention(post.organization(), null, post.organization(),
                            false, post.evidence()));
                }
            }
        }
        out.keySet().removeIf(name -> convenes(name, meetings));
        return new ArrayList<>(out.values());
    }

    /**
     * Whether the organisation is the body that held one of the meetings (区人大常委会 of a 人大常委会 meeting): a
     * meeting's body is not an organisation the text refers to; the one it belongs to (区委 of 区委常委会) is.
     */
    private static boolean convenes(String organization, List<MeetingFact> meetings) {
        for (MeetingFact m : meetings) {
            if (m.body() != null && m.body().length() >= 2 && organization.endsWith(m.body())) {
                return true;
            }
        }
        return false;
    }

    /** Reads an organisation starting at i; returns the last offset consumed (i when none). */
    private int readOrganizationAt(String text, int i, int end, String jurisdiction, Gazetteer.Division jurisdictionDivision,
                                   Map<String, Mention> out, ListOwner list, DivisionReader.Occurrences names) {
        char c = text.charAt(i);
        // (the rules below test the character at i before anything else: this runs at every position)
        if ((c == '党' && text.startsWith("党中央", i))
                || (c == '中' && text.startsWith("中央", i) && centreStandsAlone(text, i, end))) {
            int len = text.startsWith("党中央", i) ? 3 : 2;
            put(out, "中共中央", text, i, len, "centre");
            return i + len - 1;
        }
        if (c != '区' && c != '市' && c != '县' && c != '省' && c != '旗' && c != '州') {
            return readBareDepartmentAt(text, i, jurisdiction, out, list);
        }
        String level = String.valueOf(c);
        int from = i;
        String prefix;
        String named = i > 0 && Chars.isHan(text.charAt(i - 1)) ? divisionEndingAt(text, i, names) : null;
        if (named != null) {
            // 陕西省委, 阜平县政府: the body of the division the text names, whoever publishes
            from = i + 1 - named.length();
            prefix = named.length() == 2 ? named : named.substring(0, named.length() - 1);
        } else if (i > 0 && Chars.isHan(text.charAt(i - 1)) && !boundaryBefore(text, i)) {
            return i;
        } else {
            prefix = list.ownerAt(level, text, i);
            if (prefix == null) {
                prefix = owner(level, jurisdiction, jurisdictionDivision);
            }
        }
        if (prefix == null) {
            return i;
        }
        int consumed = readBodyAfterLevel(text, i, from, prefix, level, out);
        if (consumed > i && named != null) {
            list.remember(level, prefix, consumed + 1);
        }
        return consumed;
    }

    /** The body after a level word at i (区委, 区委组织部, 区政府, 区人大常委会, 区商务局); i when none. */
    private int readBodyAfterLevel(String text, int i, int from, String prefix, String level, Map<String, Mention> out) {
        int after = i + 1;
        if (ORGANIZATION_RULES.matches("not-a-body", text, after)) {
            return i;
        }
        if (text.startsWith("委", after)) {
            for (String d : lexicon.partyDepartmentsAt(text, after + 1)) {
                if (text.startsWith(d, after + 1)) {
                    put(out, prefix + level + "委" + d, text, from, after + 1 + d.length() - from, "department");
                    return i + 1 + d.length();
                }
            }
            if (text.startsWith("常委会", after + 1) || text.startsWith("全会", after + 1)) {
                return i + 1;
            }
            if (!ORGANIZATION_RULES.matches("inside-post", text, after + 1)) {
                put(out, prefix + level + "委", text, from, after + 1 - from, "party-committee");
            }
            return i + 1;
        }
        // 区纪委, 区监委, 区政法委: party bodies written after the level alone
        for (String d : lexicon.partyDepartmentsAt(text, after)) {
            if (text.startsWith(d, after) && d.endsWith("委")) {
                put(out, prefix + level + d, text, from, after + d.length() - from, "department");
                return i + d.length();
            }
        }
        if (text.startsWith("政府", after) || text.startsWith("人民政府", after)) {
            int len = text.startsWith("政府", after) ? 2 : 4;
            Matcher office = ORGANIZATION_RULES.matcherAt("government-office", text, after + len);
            if (office != null) {
                put(out, prefix + level + "政府办", text, from, office.end() - from, "government-office");
                return office.end() - 1;
            }
            if (!ORGANIZATION_RULES.matches("inside-post", text, after + len)) {
                put(out, prefix + level + "政府", text, from, after + len - from, "government");
            }
            return i + len;
        }
        Matcher body = ORGANIZATION_RULES.matcherAt("body", text, after);
        if (body != null) {
            if (ORGANIZATION_RULES.matches("inside-post", text, body.end())) {
                return body.end() - 1;
            }
            String office = body.group(2) == null ? "" : body.group(2);
            put(out, prefix + level + body.group(1) + office, text, from, body.end() - from, "body");
            return body.end() - 1;
        }
        for (String d : lexicon.governmentDepartmentsAt(text, after)) {
            if (text.startsWith(d, after)) {
                put(out, prefix + level + d, text, from, after + d.length() - from, "department");
                return i + d.length();
            }
        }
        return i;
    }

    /**
     * The full name of a division that ends at i, the level word (陕西省 of 陕西省委, 阜平县 of 河北省阜平县委); null
     * when none. A two-character name (攸县) counts only where no other Han character stands before it.
     */
    private String divisionEndingAt(String text, int i, DivisionReader.Occurrences names) {
        int longest = Math.min(gazetteer.longestName(), i + 1);
        for (int len = longest; len >= 2; len--) {
            int start = i + 1 - len;
            if (!names.nameEndsAt(i + 1, len) || len == 2 && start > 0 && Chars.isHan(text.charAt(start - 1))) {
                continue;
            }
            String name = text.substring(start, i + 1);
            if (!gazetteer.named(name).isEmpty()) {
                return name;
            }
        }
        return null;
    }

    /**
     * The division of the last body named with its division's full name (陕西省委), which a bare body of the same
     * level right after it in a list shares (陕西省委、省政府).
     */
    private static final class ListOwner {
        private String level;
        private String prefix;
        private int end = -1;
        private int lastEnd = -1;

        /** An organisation was read up to {@code end} (exclusive). */
        void read(int end) {
            lastEnd = end;
        }

        /** Whether i is the next item of a list whose previous item is the last organisation read. */
        boolean followsLast(String text, int i) {
            return lastEnd >= 0 && i > lastEnd && i - lastEnd <= 4
                    && ORGANIZATION_RULES.matchesWhole("list-follower", text.substring(lastEnd, i));
        }

        void remember(String level, String prefix, int end) {
            this.level = level;
            this.prefix = prefix;
            this.end = end;
        }

        String ownerAt(String level, String text, int i) {
            if (end < 0 || !level.equals(this.level) || i <= end) {
                return null;
            }
            return ORGANIZATION_RULES.matchesWhole("list-follower", text.substring(end, i)) ? prefix : null;
        }
    }

    /** 开发建设局要…, 区交通运输局、水利局: a department named without the 区 prefix belongs to the jurisdiction too. */
    private int readBareDepartmentAt(String text, int i, String jurisdiction, Map<String, Mention> out, ListOwner list) {
        if (jurisdiction == null || (i > 0 && Chars.isHan(text.charAt(i - 1))
                && "了和与及由对请、".indexOf(text.charAt(i - 1)) < 0)) {
            return i;
        }
        for (String d : lexicon.governmentDepartmentsAt(text, i)) {
            // a short one (水利局) only as the next item of a list of organisations (区交通运输局、水利局)
            if ((d.length() >= 4 || list.followsLast(text, i)) && text.startsWith(d, i)) {
                put(out, jurisdiction + d, text, i, d.length(), "department");
                return i + d.length() - 1;
            }
        }
        return i;
    }

    /**
     * Whose body 区委, 市政府, 省委 means, as the prefix of its name: the jurisdiction itself where its name ends
     * with the level (区 of 海淀区: 海淀), else its nearest ancestor that does (市 of 海淀区: 北京; 市 of 渝中区:
     * 重庆); an autonomous prefecture by its short form (海北州). Null without a jurisdiction or such an owner.
     */
    private String owner(String level, String jurisdiction, Gazetteer.Division j) {
        if (j == null) {
            if (jurisdiction == null || !jurisdiction.endsWith(level) || level.equals("市") || level.equals("省")) {
                return null;
            }
            return jurisdiction.substring(0, jurisdiction.length() - 1);
        }
        for (Gazetteer.Division d = j; d != null; d = gazetteer.parentOf(d)) {
            if (d.name().endsWith(level)) {
                if (d.name().endsWith("自治" + level) && d.shortName() != null) {
                    return d.shortName();
                }
                // 攸县's committee is 攸县县委: a one-character name keeps its level word
                return d.name().length() == 2 ? d.name() : d.name().substring(0, d.name().length() - 1);
            }
        }
        return null;
    }

    /** 区 starts an organisation unless it ends another word: 城区, 园区, 示范区, 全区, 我区, 城市, 全市. */
    private static boolean boundaryBefore(String text, int i) {
        return "城园范全我本辖社心新景地街该各两郊超股".indexOf(text.charAt(i - 1)) < 0;
    }

    /** 中央 as an actor (中央和市委, 按照中央关于), not part of a name (中央经济工作会议). */
    private static boolean centreStandsAlone(String text, int i, int end) {
        if (i + 2 >= end) {
            return true;
        }
        char next = text.charAt(i + 2);
        return "和及与关的，。、要对".indexOf(next) >= 0;
    }

    private static void put(Map<String, Mention> out, String canonical, String text, int at, int len, String rule) {
        out.putIfAbsent(canonical, new Mention(canonical, null, text.substring(at, at + len), false,
                Evidence.of(at, at + len, "organization-" + rule)));
    }
}
