package org.bulletinkg.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Reads the meeting date from the opening of the body: 2021年3月5日, 4月13日上午, 今天上午 (the publication
 * date), 近日 and 日前 (unknown). A year the text leaves out comes from the publication date where there is
 * one, else from the years of the documents the meeting dealt with; the corpus-wide pass
 * ({@code resolve.YearResolver}) fills what is still missing from sibling meetings of the same body.
 */
final class DateReader {
    private static final Pattern FULL = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern CHINESE = Pattern.compile(
            "(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
    /** 22日，区委常委会召开…: the day alone, in the month of publication. */
    private static final Pattern DAY_ONLY = Pattern.compile("^(\\d{1,2})日");
    private static final Pattern RELATIVE = Pattern.compile("今天|今日|昨天|昨日|近日|日前|近期|最近");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("《([^《》]{2,160})》");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(20\\d{2})年");

    /** A date and how it was obtained. */
    record Dated(PartialDate date, String source, int start, int end) {
    }

    Dated read(Bulletin b, MeetingMention meeting) {
        Span first = firstSentenceWithDate(b, meeting);
        if (first == null) {
            return null;
        }
        String s = b.textOf(first);
        Dated found = null;
        int best = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {FULL, CHINESE}) {
            Matcher m = p.matcher(s);
            if (m.find() && m.start() < best) {
                best = m.start();
                Integer year = Numerals.parse(m.group(1));
                Integer month = Numerals.parse(m.group(2));
                Integer day = Numerals.parse(m.group(3));
                if (month == null || month < 1 || month > 12 || day == null || day < 1 || day > 31) {
                    continue;
                }
                found = new Dated(new PartialDate(year, month, day), year != null ? "text" : null,
                        first.start() + m.start(), first.start() + m.end());
            }
        }
        Matcher dayOnly = DAY_ONLY.matcher(s);
        if (found == null && dayOnly.find() && b.published() != null) {
            int day = Integer.parseInt(dayOnly.group(1));
            LocalDate p = b.published();
            LocalDate month = day <= p.getDayOfMonth() ? p : p.minusMonths(1);
            if (day >= 1 && day <= month.lengthOfMonth()) {
                return new Dated(new PartialDate(month.getYear(), month.getMonthValue(), day), "published",
                        first.start() + dayOnly.start(), first.start() + dayOnly.end());
            }
        }
        Matcher r = RELATIVE.matcher(s);
        if (r.find() && r.start() < best) {
            LocalDate published = b.published();
            String w = r.group();
            int rs = first.start() + r.start();
            int re = first.start() + r.end();
            if (published != null && (w.startsWith("今"))) {
                return new Dated(PartialDate.of(published), "relative", rs, re);
            }
            if (published != null && (w.startsWith("昨"))) {
                return new Dated(PartialDate.of(published.minusDays(1)), "relative", rs, re);
            }
            return null;
        }
        if (found == null || found.date().year() != null) {
            return found;
        }
        return withYear(b, found);
    }

    private static Dated withYear(Bulletin b, Dated d) {
        LocalDate published = b.published();
        if (published != null) {
            int year = published.getYear();
            // a meeting in December reported in January
            if (d.date().monthDay() > published.getMonthValue() * 100 + published.getDayOfMonth()) {
                year--;
            }
            return new Dated(d.date().withYear(year), "published", d.start(), d.end());
        }
        Integer year = yearOfDocuments(b.text());
        if (year == null) {
            year = yearOfMarkers(b.text());
        }
        if (year != null) {
            return new Dated(d.date().withYear(year), "text-year", d.start(), d.end());
        }
        return d;
    }

    /**
     * The latest year named in a 《》 title: plans are named for the year they are made in and reports for the
     * year before, so the latest is the meeting's year.
     */
    static Integer yearOfDocuments(String text) {
        Integer best = null;
        Matcher doc = DOCUMENT_TITLE.matcher(text);
        while (doc.find()) {
            Matcher y = YEAR_IN_TITLE.matcher(doc.group(1));
            while (y.find()) {
                int v = Integer.parseInt(y.group(1));
                String after = doc.group(1).substring(y.end());
                if (after.startsWith("远景") || v > 2100) {
                    continue;
                }
                if (best == null || v > best) {
                    best = v;
                }
            }
        }
        return best;
    }

    /**
     * Years the text makes certain by naming what this year is: 今年是“十四五”开局之年 (2021), 明年是建党100周年
     * (this year is 2020). Facts of the calendar, not guesses.
     */
    private static final Map<String, Integer> YEAR_MARKERS = Map.ofEntries(
            Map.entry("十三五开局之年", 2016), Map.entry("十三五收官之年", 2020), Map.entry("十三五规划收官之年", 2020),
            Map.entry("十四五开局之年", 2021), Map.entry("十四五规划开局之年", 2021), Map.entry("十四五收官之年", 2025),
            Map.entry("十五五开局之年", 2026), Map.entry("建党100周年", 2021), Map.entry("中国共产党成立100周年", 2021),
            Map.entry("新中国成立70周年", 2019), Map.entry("改革开放40周年", 2018), Map.entry("新中国成立75周年", 2024));
    private static final Pattern YEAR_SENTENCE = Pattern.compile("(今年|明年|去年)(?:是|为|正值|恰逢)");

    static Integer yearOfMarkers(String text) {
        Matcher m = YEAR_SENTENCE.matcher(text);
        while (m.find()) {
            int end = Math.min(text.length(), m.end() + 24);
            String rest = text.substring(m.end(), end).replaceAll("[“”\"、，]", "");
            // The marker nearest the phrase, the longest where two start together: a choice that does not
            // depend on the map's iteration order, which differs between JVM runs.
            Map.Entry<String, Integer> best = null;
            int bestAt = Integer.MAX_VALUE;
            for (Map.Entry<String, Integer> e : YEAR_MARKERS.entrySet()) {
                int at = rest.indexOf(e.getKey());
                if (at >= 0 && at <= 6 && (at < bestAt || at == bestAt && e.getKey().length() > best.getKey().length())) {
                    best = e;
                    bestAt = at;
                }
            }
            if (best != null) {
                int shift = switch (m.group(1)) {
                    case "明年" -> -1;
                    case "去年" -> 1;
                    default -> 0;
                };
                return best.getValue() + shift;
            }
        }
        return null;
    }

    private static Span firstSentenceWithDate(Bulletin b, MeetingMention meeting) {
        Span fallback = null;
        int seen = 0;
        for (Span s : b.sentences()) {
            if (s.paragraph() == 0) {
                continue;
            }
            if (seen++ >= 4) {
                break;
            }
            String t = b.textOf(s);
            boolean dated = FULL.matcher(t).find() || CHINESE.matcher(t).find() || RELATIVE.matcher(t).find()
                    || DAY_ONLY.matcher(t).find();
            if (!dated) {
                continue;
            }
            if (s.contains(meeting.start())) {
                return s;
            }
            if (fallback == null) {
                fallback = s;
            }
        }
        return fallback;
    }
}
