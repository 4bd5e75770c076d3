package org.bulletinkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways bulletins name a meeting, one pattern per family of bodies. Named groups: pre (the level: 区, 市,
 * 县 ...), body (the body's own words where they vary), term, num, sub (the kind of session), exp ((扩大)).
 * To support a new kind of meeting, add a pattern here and a {@link #kind} rule.
 */
enum MeetingPattern {
    PARTY_STANDING("(?<pre>区|市|县|镇|乡|旗)委(?:召开|举行)?常委会(?<exp>[（(]扩大[）)])?(?:召开|举行)?(?:第(?<num>N)次)?(?<exp2>[（(]?扩大[）)]?)?会议",
            "常委会"),
    PARTY_PLENARY("(?<pre>区|市|县)委(?:第?(?<term>N)届(?:委员会)?)?(?:第?(?<num>N)次)?全(?:体)?会(?:议)?", "全会", "全体会"),
    CONGRESS("(?<pre>区|市|县)(?:(?<term>N)届)?人大常委会(?:召开|举行)?(?:第(?<num>N)次)?(?<sub>主任)?会议", "人大常委会"),
    CPPCC("(?<pre>区|市|县)政协(?:召开|举行)?(?:(?<term>N)届(?:委员会)?)?(?<sub>常委会)?(?:第(?<num>N)次)?(?<sub2>主席|常委|常务委员会)?会议",
            "政协"),
    GOVERNMENT("(?<pre>区|市|县)政府(?:召开|举行)?(?:第(?<num>N)次)?(?<sub>常务|全体)会(?:议)?", "政府"),
    MAYOR_OFFICE("(?:第(?<num>N)次)?(?<pre>区|市|县)长办公会(?:议)?", "长办公会"),
    STUDY("(?<pre>区|市|县)委(?:理论学习)?中心组(?:召开|举行|进行|开展)?(?:第(?<num>N)次)?(?:专题|集体)?学习(?:会|会议)?", "中心组"),
    LEADING_GROUP("(?<body>[\\p{IsHan}&&[^会议暨]]{2,30}?(?:领导小组|指挥部|委员会))(?:召开|举行)?(?:全体成员|全体)?(?:第(?<num>N)次)?(?:全体成员|全体)?会议",
            "领导小组", "指挥部", "委员会");

    private static final String NUMBER = "[0-9０-９零〇一二两三四五六七八九十百千]+";
    private static final List<String> CUT_BEFORE_BODY = List.of("召开", "举行", "暨", "主持", "，", "。");

    final Pattern pattern;
    /** Words of which every match holds at least one: a text without any cannot match. */
    private final List<String> keyWords;

    MeetingPattern(String regex, String... keyWords) {
        this.pattern = Pattern.compile(regex.replace("N)", NUMBER + ")"));
        this.keyWords = List.of(keyWords);
    }

    /** False when the text cannot hold a match: a few indexOf calls instead of trying the pattern at every offset. */
    boolean mayMatch(String text) {
        for (String w : keyWords) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The kind code for a match of this pattern. */
    String kind(Matcher m) {
        return switch (this) {
            case PARTY_STANDING -> "party-standing-committee";
            case PARTY_PLENARY -> "party-plenary";
            case CONGRESS -> m.group("sub") != null ? "congress-directors" : "congress-standing-committee";
            case CPPCC -> "主席".equals(m.group("sub2")) ? "cppcc-chairs" : "cppcc-standing-committee";
            case GOVERNMENT -> "全体".equals(m.group("sub")) ? "government-plenary" : "government-executive";
            case MAYOR_OFFICE -> "mayor-office";
            case STUDY -> "study-session";
            case LEADING_GROUP -> "leading-group";
        };
    }

    /** The body as the text names it, normalised (no brackets, no term, no 召开). */
    String body(Matcher m) {
        String pre = group(m, "pre");
        return switch (this) {
            case PARTY_STANDING -> pre + "委常委会";
            case PARTY_PLENARY -> pre + "委全会";
            case CONGRESS -> pre + "人大常委会";
            case CPPCC -> pre + "政协";
            case GOVERNMENT -> pre + "政府";
            case MAYOR_OFFICE -> pre + "长办公会";
            case STUDY -> pre + "委理论学习中心组";
            case LEADING_GROUP -> trimLead(m.group("body"));
        };
    }

    private static String trimLead(String body) {
        int cut = 0;
        for (String w : CUT_BEFORE_BODY) {
            int i = body.lastIndexOf(w);
            if (i >= 0) {
                cut = Math.max(cut, i + w.length());
            }
        }
        return body.substring(cut);
    }

    boolean expanded(Matcher m) {
        return this == PARTY_STANDING && (m.group("exp") != null || (m.group("exp2") != null && m.group("exp2").contains("扩大")));
    }

    Integer number(Matcher m) {
        return Numerals.parse(group(m, "num"));
    }

    Integer term(Matcher m) {
        return Numerals.parse(group(m, "term"));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
