package org.bulletinkg.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page's address gives: /202308/t20230801_…, /2020-08/07/, /art/2025/7/25/, /2017/05/10/,
 * /20240709/ (and, apart, a month alone: /201812/). Content systems put the publication day in the path; a date that is not a real day, or one
 * before 1990 or after today, is none.
 */
final class AddressDate {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("[/_t](?<y>(?:19|20)\\d{2})(?<m>[01]\\d)(?<d>[0-3]\\d)(?:[_/.]|\\d{2,}|$)"),
            Pattern.compile("/(?<y>(?:19|20)\\d{2})[-/](?<m>\\d{1,2})[-/](?<d>\\d{1,2})(?:/|\\.|_|$)"),
            Pattern.compile("/(?<y>(?:19|20)\\d{2})-(?<m>\\d{2})/(?<d>\\d{2})/"),
            Pattern.compile("/(?<y>(?:19|20)\\d{2})(?<m>[01]\\d)/(?<d>[0-3]\\d)/"));

    /** /201812/, /2018-12/: a month without its day. */
    private static final Pattern MONTH = Pattern.compile("/(?<y>(?:19|20)\\d{2})-?(?<m>[01]\\d)/");

    private AddressDate() {
    }

    /** The month of the address, where it gives one without a day; null otherwise. */
    static java.time.YearMonth month(String url) {
        if (url == null || url.isBlank() || of(url) != null) {
            return null;
        }
        Matcher m = MONTH.matcher(path(url));
        while (m.find()) {
            try {
                java.time.YearMonth ym = java.time.YearMonth.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")));
                if (ym.getYear() >= 1990 && !ym.isAfter(java.time.YearMonth.now())) {
                    return ym;
                }
            } catch (DateTimeException e) {
                // not a month: try the next
            }
        }
        return null;
    }

    private static String path(String url) {
        return url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
    }

    static LocalDate of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String path = path(url);
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                            Integer.parseInt(m.group("d")));
                    if (d.getYear() >= 1990 && !d.isAfter(LocalDate.now())) {
                        return d;
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    // not a day: try the next
                }
            }
        }
        return null;
    }
}
