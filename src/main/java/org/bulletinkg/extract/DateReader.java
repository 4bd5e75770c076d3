package org.bulletinkg.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Reads a meeting's date, from the sources a careful reader uses, best first, and says which one it took
 * (bkg:dateSource):
 * <ol>
 *   <li>{@code text}: a full date in the sentence that names the meeting (or the first dated sentence of the
 *       opening): 2021年3月5日;</li>
 *   <li>month and day there (4月13日上午, 29日 after a dateline), the year from the page's date: {@code manifest},
 *       {@code date-line} (发布时间…) or {@code address} (/202308/t20230801_…); a December meeting reported in
 *       January falls in the year before;</li>
 *   <li>{@code relative}: 今天, 昨天, 前天 against the page's date (近日, 日前 fix no day, nor surely the month);</li>
 *   <li>for month and day without a page date: {@code numbering-year} (2024年第19次会议), {@code text-year} (another
 *       full date of the text, 全会决定2021年7月28日召开), {@code document-year} (the latest year in a 《》 title;
 *       never a range such as 2021—2023年) and {@code year-marker} (今年是“十四五”开局之年).</li>
 * </ol>
 * Never a year after the page's date; never invented: without any of these the date stays without a year,
 * and the corpus-wide pass ({@code resolve.YearResolver}) may place it among sibling meetings.
 */
final class DateReader {
    private static final Pattern FULL = Pattern.compile("(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern CHINESE = Pattern.compile(
            "(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
    /** 22日，区委常委会召开…: the day alone, at the start or after a dateline or credit (本报讯（记者 王明）29日). */
    private static final Pattern DAY_ONLY = Pattern.compile("(?:^|讯|电|[）)]\\s?)\\s*(\\d{1,4})日(?:上午|下午|晚|，|(?=[\\p{IsHan}]))");
    /** 北京时间2022年6月29日, 农历六月初一: the time a page was stamped with, not a meeting's day. */
    private static final Pattern STAMP_BEFORE = Pattern.compile("(?:北京时间|农历)\\s*$");
    private static final Pattern RELATIVE = Pattern.compile("今天|今日|昨天|昨日|前天|近日|日前|近期|最近");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("《([^《》]{2,160})》");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})年?");
    private static final Pattern NUMBERING_YEAR = Pattern.compile("((?:19|20)\\d{2})年(?:度)?第[0-9一二三四五六七八九十]+次");
    /** How many body sentences may hold the meeting's date. */
    private static final int DATE_SENTENCES = 6;

    /** A date and how it was obtained. */
    record Dated(PartialDate date, String source, int start, int end) {
    }

    Dated read(Bulletin b, MeetingMention meeting) {
        Span first = sentenceWithDate(b, meeting);
        if (first == null) {
            return null;
        }
        String s = b.textOf(first);
        Dated found = null;
        int best = Integer.MAX_VALUE;
        PartialDate dateline = null;
        for (Pattern p : new Pattern[] {FULL, CHINESE}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Integer year = Numerals.parse(m.group(1));
                Integer month = Numerals.parse(m.group(2));
                Integer day = Numerals.parse(m.group(3));
                if (month == null || month < 1 || month > 12 || day == null || day < 1 || day > 31
                        || stampedAt(s, m.start())) {
                    continue;
                }
                if (m.end() < s.length() && "讯电".indexOf(s.charAt(m.end())) >= 0) {
                    // 某某网3月2日讯, 人民网某地2月26日电: the dateline, when the report was filed
                    dateline = new PartialDate(year, month, day);
                    continue;
                }
                if (m.start() < best) {
                    best = m.start();
                    found = new Dated(new PartialDate(year, month, day), year != null ? "text" : null,
                            first.start() + m.start(), first.start() + m.end());
                }
                break;
            }
        }
        LocalDate published = b.published();
        Matcher r = RELATIVE.matcher(s);
        if (r.find() && r.start() < best) {
            Dated rel = relative(b, r.group(), first.start() + r.start(), first.start() + r.end());
            if (rel != null || found == null) {
                return rel;
            }
        }
        Matcher dayOnly = DAY_ONLY.matcher(s);
        if (found == null && dayOnly.find()) {
            int day = Integer.parseInt(dayOnly.group(1));
            int ds = first.start() + dayOnly.start(1);
            int de = first.start() + dayOnly.end(1);
            if (day > 31) {
                return garbledDay(b, dayOnly.group(1), ds, de);
            }
            if (dateline != null && day >= 1 && day <= (dateline.day() == null ? 31 : dateline.day())) {
                // 2月26日电 …25日上午: the day in the dateline's month, the year as the text or the page gives it
                Dated d = new Dated(new PartialDate(dateline.year(), dateline.month(), day),
                        dateline.year() != null ? "text" : null, ds, de);
                return dateline.year() != null ? d : withYear(b, d, meeting);
            }
            if (published != null) {
                LocalDate month = day <= published.getDayOfMonth() ? published : published.minusMonths(1);
                if (day >= 1 && day <= month.lengthOfMonth()) {
                    return new Dated(new PartialDate(month.getYear(), month.getMonthValue(), day), publishedSource(b), ds, de);
                }
            }
        }
        if (found == null && dateline != null) {
            found = new Dated(dateline, dateline.year() != null ? "text" : null, first.start(), first.start());
        }
        if (found == null || found.date().year() != null) {
            if (found != null && published != null && found.date().year() > published.getYear()) {
                return null;
            }
            return found;
        }
        return withYear(b, found, meeting);
    }

    /**
     * A day that is none (412日, 33日: 月 lost in the page): month and day where the digits split into exactly one
     * of them that is not after the page's date (412 → 4月12日), else the page's month alone, else nothing.
     */
    private static Dated garbledDay(Bulletin b, String digits, int start, int end) {
        LocalDate published = b.published();
        if (published == null) {
            return null;
        }
        PartialDate only = null;
        for (int cut = 1; cut <= 2 && cut < digits.length(); cut++) {
            int month = Integer.parseInt(digits.substring(0, cut));
            int day = Integer.parseInt(digits.substring(cut));
            if (digits.charAt(cut) == '0' && digits.length() - cut == 1 || month < 1 || month > 12) {
                continue;
            }
            try {
                LocalDate d = LocalDate.of(published.getYear(), month, day);
                if (!d.isAfter(published)) {
                    if (only != null) {
                        only = null;
                        break;
                    }
                    only = PartialDate.of(d);
                }
            } catch (java.time.DateTimeException e) {
                // not a day
            }
        }
        if (only != null && digits.length() >= 3) {
            return new Dated(only, publishedSource(b), start, end);
        }
        return new Dated(new PartialDate(published.getYear(), published.getMonthValue(), null), publishedSource(b),
                start, end);
    }

    private static Dated relative(Bulletin b, String word, int start, int end) {
        LocalDate published = b.published();
        if (published == null) {
            return null;
        }
        return switch (word) {
            case "今天", "今日" -> new Dated(PartialDate.of(published), "relative", start, end);
            case "昨天", "昨日" -> new Dated(PartialDate.of(published.minusDays(1)), "relative", start, end);
            case "前天" -> new Dated(PartialDate.of(published.minusDays(2)), "relative", start, end);
            // 近日, 日前: some recent day, not even surely in the page's month (a page of 3月2日 may report a
            // meeting of late February): no date rather than an invented one
            default -> null;
        };
    }

    private static String publishedSource(Bulletin b) {
        return b.publishedSource() == null ? "manifest" : b.publishedSource();
    }

    private static Dated withYear(Bulletin b, Dated d, MeetingMention meeting) {
        LocalDate published = b.published();
        if (published != null) {
            int year = published.getYear();
            // a meeting in December reported in January
            if (d.date().monthDay() > published.getMonthValue() * 100 + published.getDayOfMonth()) {
                year--;
            }
            return new Dated(d.date().withYear(year), publishedSource(b), d.start(), d.end());
        }
        java.time.YearMonth month = b.publishedMonth();
        if (month != null) {
            // an address of the month only (/201812/): the year of that month, the year before for a later month
            int year = d.date().month() > month.getMonthValue() ? month.getYear() - 1 : month.getYear();
            return new Dated(d.date().withYear(year), "address", d.start(), d.end());
        }
        if (meeting.year() != null) {
            return new Dated(d.date().withYear(meeting.year()), "numbering-year", d.start(), d.end());
        }
        String text = b.text();
        Matcher numbering = NUMBERING_YEAR.matcher(text);
        if (numbering.find()) {
            return new Dated(d.date().withYear(Integer.parseInt(numbering.group(1))), "numbering-year", d.start(), d.end());
        }
        Integer year = yearOfOtherDates(text, d);
        String source = "text-year";
        if (year == null) {
            year = yearOfDocuments(text);
            source = "document-year";
        }
        if (year == null) {
            year = yearOfMarkers(text);
            source = "year-marker";
        }
        if (year != null) {
            return new Dated(d.date().withYear(year), source, d.start(), d.end());
        }
        return d;
    }

    /**
     * The year of the full date nearest to the meeting's among the text's other full dates that fall within
     * a month of it (全会决定2021年7月28日至30日召开 for a plenary of 7月26日): an agenda or a deadline
     * that close is in the same year.
     */
    static Integer yearOfOtherDates(String text, Dated d) {
        Matcher m = FULL.matcher(text);
        Integer best = null;
        int bestGap = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.group(1) == null) {
                continue;
            }
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            int gap = Math.abs((month * 31 + day) - (d.date().month() * 31 + (d.date().day() == null ? 15 : d.date().day())));
            if (gap <= 31 && gap < bestGap) {
                bestGap = gap;
                best = Integer.parseInt(m.group(1));
            }
        }
        return best;
    }

    /**
     * The latest year named in a 《》 title: plans are named for the year they are made in and reports for the
     * year before, so the latest is the meeting's year. A range (2021—2023年, 2019-2021) names no one year.
     */
    static Integer yearOfDocuments(String text) {
        Integer best = null;
        Matcher doc = DOCUMENT_TITLE.matcher(text);
        while (doc.find()) {
            String title = doc.group(1);
            Matcher y = YEAR_IN_TITLE.matcher(title);
            while (y.find()) {
                int v = Integer.parseInt(y.group(1));
                String after = title.substring(y.end());
                String before = title.substring(0, y.start());
                boolean range = after.matches("^[—–\\-~～至到]+.*") || before.matches(".*[—–\\-~～至到]+$")
                        || !y.group().endsWith("年");
                if (range || after.startsWith("远景") || v > 2100) {
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

    /** The sources of a date, most direct first. */
    private static final java.util.List<String> SOURCE_RANK = java.util.List.of("text", "relative", "manifest",
            "date-line", "address", "numbering-year", "text-year", "document-year", "year-marker");

    /**
     * Meetings named in one sentence (…会议暨…推进会) on the same month and day share the date of the most direct
     * source among them: the year one's numbering gives (2021年度…第一次会议) is the other's too.
     */
    static Map<MeetingMention, Dated> shareWithinSentences(Bulletin b, Map<MeetingMention, Dated> dates) {
        Map<MeetingMention, Dated> out = new java.util.LinkedHashMap<>(dates);
        for (Map.Entry<MeetingMention, Dated> e : dates.entrySet()) {
            Span sentence = b.sentenceAt(e.getKey().bodyStart() >= 0 ? e.getKey().bodyStart() : e.getKey().start());
            for (Map.Entry<MeetingMention, Dated> o : dates.entrySet()) {
                Span other = b.sentenceAt(o.getKey().bodyStart() >= 0 ? o.getKey().bodyStart() : o.getKey().start());
                Dated mine = out.get(e.getKey());
                Dated theirs = o.getValue();
                if (sentence != null && sentence.equals(other) && mine.date().monthDay() == theirs.date().monthDay()
                        && rank(theirs) < rank(mine)) {
                    out.put(e.getKey(), theirs);
                }
            }
        }
        return out;
    }

    private static int rank(Dated d) {
        int r = d.source() == null ? -1 : SOURCE_RANK.indexOf(d.source());
        return r < 0 ? SOURCE_RANK.size() : r;
    }

    /** Whether the pattern finds a date in t that is no page's stamp. */
    private static boolean unstamped(Pattern p, String t) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            if (!stampedAt(t, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date at {@code start} is a page's stamp (北京时间2022年6月29日). */
    private static boolean stampedAt(String s, int start) {
        return STAMP_BEFORE.matcher(s.substring(Math.max(0, start - 6), start)).find();
    }

    /**
     * The sentence that names the meeting when it holds a date; else the first dated sentence of the
     * opening; null when none is dated.
     */
    private static Span sentenceWithDate(Bulletin b, MeetingMention meeting) {
        Span fallback = null;
        int seen = 0;
        for (Span s : b.sentences()) {
            if (s.paragraph() == 0) {
                continue;
            }
            if (seen++ >= DATE_SENTENCES) {
                break;
            }
            String t = b.textOf(s);
            boolean dated = unstamped(FULL, t) || unstamped(CHINESE, t) || RELATIVE.matcher(t).find()
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
