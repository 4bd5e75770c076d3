package org.bulletinkg.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A bulletin's words about a meeting, in the genre's order: the headline; an opening paragraph with the date,
 * the body and session, the agenda, who chaired, attended and sat in; a paragraph per agenda item (speeches
 * conveyed, documents reviewed with who explained them, reports heard, what the meeting stressed); the
 * closing line; and the reporters. Its length is drawn between 500 and 3,000 characters.
 *
 * @param byline       a reporter named above the text (plain-text form), or null
 * @param reporterLine the reporters' line below the text (（记者 X）, 文/X), or null
 * @param published    the publication date a manifest gives, or null
 * @param pageDate     the date an HTML page shows as 发布时间
 */
record Article(String title, List<String> paragraphs, String byline, String reporterLine, LocalDate published,
               LocalDate pageDate) {

    static final int MIN_CHARS = 500;
    static final int MAX_CHARS = 3_000;

    /** How the form a bulletin takes shapes its words (where the reporters go, whether a page shows a date). */
    enum Form {
        SEED, PAGE_UTF8, PAGE_GBK, PLAIN;

        boolean page() {
            return this == PAGE_UTF8 || this == PAGE_GBK;
        }
    }

    static Article write(Meeting m, Form form, Random r) {
        return new Composer(m, form, r).compose();
    }

    private static final class Composer {
        private final Meeting m;
        private final Form form;
        private final Random r;
        private final int year;
        private final List<String> documents = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();
        private final int target;

        Composer(Meeting m, Form form, Random r) {
            this.m = m;
            this.form = form;
            this.r = r;
            this.year = m.date().getYear();
            // triangular between the bounds: most bulletins are mid-length, a few short or long
            // (an item or the closing may add up to ~450 characters past the target)
            this.target = MIN_CHARS + 50 + (int) ((MAX_CHARS - MIN_CHARS - 500) * (r.nextDouble() + r.nextDouble()) / 2);
        }

        Article compose() {
            LocalDate pageDate = m.date().plusDays(r.nextInt(3) == 0 ? 1 : 0);
            LocalDate published = r.nextInt(4) == 0 ? null : pageDate;
            String when = when(published, pageDate);
            if (when.startsWith("今天")) {
                published = m.date();
                pageDate = m.date();
            }
            List<Runnable> items = agenda();
            String opening = opening(when);
            paragraphs.add(opening);
            for (Runnable item : items) {
                item.run();
            }
            while (length() < target) {
                paragraphs.add(opener() + "，" + fill(2 + r.nextInt(3)));
            }
            paragraphs.add(closing());
            String byline = null;
            String reporterLine = null;
            String reporter = Phrases.pick(r, m.press());
            if (form == Form.PLAIN && r.nextBoolean()) {
                byline = "■" + reporter;
            } else if (form.page()) {
                reporterLine = switch (r.nextInt(3)) {
                    case 0 -> "（记者 " + reporter + "）";
                    case 1 -> "（记者 " + reporter + " 通讯员 " + other(reporter) + "）";
                    default -> "文/" + reporter;
                };
            } else {
                int last = paragraphs.size() - 1;
                paragraphs.set(last, paragraphs.get(last) + "（记者 " + reporter + "）");
            }
            return new Article(title(), List.copyOf(paragraphs), byline, reporterLine, published, pageDate);
        }

        private String other(String reporter) {
            String o = Phrases.pick(r, m.press());
            return o.equals(reporter) ? m.press().get((m.press().indexOf(reporter) + 1) % m.press().size()) : o;
        }

        private int length() {
            int n = 0;
            for (String p : paragraphs) {
                n += p.length();
            }
            return n;
        }

        /** The date as the opening gives it; a bulletin without a publication date never says 今天. */
        private String when(LocalDate published, LocalDate pageDate) {
            LocalDate d = m.date();
            String part = r.nextInt(3) == 0 ? (r.nextBoolean() ? "上午" : "下午") : "";
            int style = r.nextInt(10);
            if (style < 2) {
                return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" + part;
            }
            if (style == 8) {
                return r.nextBoolean() ? "近日" : "日前";
            }
            if (style == 9 && (published != null || form.page()) && pageDate.equals(d)) {
                return "今天上午";
            }
            return d.getMonthValue() + "月" + d.getDayOfMonth() + "日" + part;
        }

        private String title() {
            String chair = m.officials().of(m.kind().chair);
            Integer n = m.number();
            return switch (m.kind()) {
                case PARTY_STANDING -> m.joint() != null ? "区委召开常委会会议暨" + m.joint() + "第" + Phrases.chinese(m.jointNumber()) + "次会议"
                        : m.expanded() ? "区委常委会（扩大）会议召开"
                        : r.nextBoolean() ? "区委常委会召开第" + n + "次会议" : "区委书记" + chair + "主持召开区委常委会会议";
                case PARTY_PLENARY -> "区委" + Phrases.chinese(m.term()) + "届" + Phrases.chinese(n) + "次全会召开";
                case GOVERNMENT_EXECUTIVE -> r.nextBoolean() ? "区长" + chair + "主持召开区政府第" + n + "次常务会议"
                        : "区政府召开第" + n + "次常务会议";
                case GOVERNMENT_PLENARY -> "区政府召开第" + Phrases.chinese(n) + "次全体会议";
                case MAYOR_OFFICE -> "区长" + chair + "主持召开第" + n + "次区长办公会";
                case CONGRESS_STANDING -> "区" + Phrases.chinese(m.term()) + "届人大常委会举行第" + Phrases.chinese(n) + "次会议";
                case CONGRESS_DIRECTORS -> "区人大常委会召开第" + Phrases.chinese(n) + "次主任会议";
                case CPPCC_STANDING -> "区政协召开" + Phrases.chinese(m.term()) + "届委员会第" + Phrases.chinese(n) + "次常委会议";
                case CPPCC_CHAIRS -> "区政协召开" + Phrases.chinese(m.term()) + "届委员会第" + Phrases.chinese(n) + "次主席会议";
                case LEADING_GROUP -> m.body() + "第" + Phrases.chinese(n) + "次会议召开";
                case STUDY_SESSION -> "区委理论学习中心组专题学习" + Phrases.pick(r, Phrases.TOPICS);
            };
        }

        private String opening(String when) {
            Meeting.Officials o = m.officials();
            String agenda = agendaSummary();
            StringBuilder s = new StringBuilder(when).append("，");
            switch (m.kind()) {
                case PARTY_STANDING -> {
                    if (m.joint() != null) {
                        s.append("区委召开常委会会议暨").append(m.joint()).append("第").append(Phrases.chinese(m.jointNumber()))
                                .append("次会议，").append(agenda).append("。区委书记").append(o.of(Seat.SECRETARY)).append("主持会议。");
                    } else if (m.expanded()) {
                        s.append("区委常委会（扩大）会议召开，").append(agenda).append("。区委书记").append(o.of(Seat.SECRETARY))
                                .append("主持会议并讲话。");
                    } else {
                        s.append("区委常委会召开第").append(m.number()).append("次会议，").append(agenda).append("。区委书记")
                                .append(o.of(Seat.SECRETARY)).append("主持会议。");
                    }
                    if (r.nextInt(3) == 0) {
                        s.append("区委副书记、区长").append(o.of(Seat.MAYOR)).append("，区委副书记").append(o.of(Seat.DEPUTY_SECRETARY))
                                .append("，区委常委").append(some(Seat.STANDING_MEMBERS, 2)).append("出席会议。");
                    }
                    if (r.nextInt(3) == 0) {
                        s.append("区人大常委会主任").append(o.of(Seat.CONGRESS_DIRECTOR)).append("、区政协主席")
                                .append(o.of(Seat.CPPCC_CHAIR)).append("列席会议。");
                    }
                    if (m.expanded()) {
                        s.append("区级领导，各街道、区属各部门主要负责同志参加会议。");
                    }
                }
                case PARTY_PLENARY -> s.append("区委").append(Phrases.chinese(m.term())).append("届").append(Phrases.chinese(m.number()))
                        .append("次全会召开，").append(agenda).append("。区委书记").append(o.of(Seat.SECRETARY))
                        .append("主持会议并讲话。区委副书记、区长").append(o.of(Seat.MAYOR)).append("出席会议。");
                case GOVERNMENT_EXECUTIVE -> {
                    s.append("区长").append(o.of(Seat.MAYOR)).append("主持召开区政府第").append(m.number()).append("次常务会议，")
                            .append(agenda).append("。");
                    if (r.nextBoolean()) {
                        s.append("区委常委、常务副区长").append(o.of(Seat.EXECUTIVE_VICE_MAYOR)).append("，副区长")
                                .append(some(Seat.VICE_MAYORS, 2)).append("出席会议。");
                    }
                }
                case GOVERNMENT_PLENARY -> s.append("区政府召开第").append(Phrases.chinese(m.number())).append("次全体会议，").append(agenda)
                        .append("。区委副书记、区长").append(o.of(Seat.MAYOR)).append("主持会议并讲话。");
                case MAYOR_OFFICE -> s.append("区长").append(o.of(Seat.MAYOR)).append("主持召开第").append(m.number())
                        .append("次区长办公会，").append(agenda).append("。副区长").append(some(Seat.VICE_MAYORS, 1)).append("出席会议。");
                case CONGRESS_STANDING -> s.append("区").append(Phrases.chinese(m.term())).append("届人大常委会举行第")
                        .append(Phrases.chinese(m.number())).append("次会议。区人大常委会主任").append(o.of(Seat.CONGRESS_DIRECTOR))
                        .append("主持会议，区人大常委会副主任").append(some(Seat.CONGRESS_DEPUTIES, 2)).append("出席会议。副区长")
                        .append(o.of(Seat.VICE_MAYOR_1)).append("列席会议。");
                case CONGRESS_DIRECTORS -> s.append("区人大常委会召开第").append(Phrases.chinese(m.number())).append("次主任会议，")
                        .append(agenda).append("。区人大常委会主任").append(o.of(Seat.CONGRESS_DIRECTOR)).append("主持会议，副主任")
                        .append(some(Seat.CONGRESS_DEPUTIES, 1)).append("出席会议。");
                case CPPCC_STANDING, CPPCC_CHAIRS -> {
                    s.append("区政协召开").append(Phrases.chinese(m.term())).append("届委员会第").append(Phrases.chinese(m.number()))
                            .append(m.kind() == Kind.CPPCC_CHAIRS ? "次主席会议，" : "次常委会议，").append(agenda)
                            .append("。区政协主席").append(o.of(Seat.CPPCC_CHAIR)).append("主持会议。区政协副主席")
                            .append(some(Seat.CPPCC_VICES, 2));
                    if (r.nextBoolean()) {
                        s.append("，秘书长").append(o.of(Seat.CPPCC_SECRETARY));
                    }
                    s.append("出席会议。");
                }
                case LEADING_GROUP -> {
                    boolean hq = m.body().endsWith("指挥部");
                    s.append(m.body()).append("第").append(Phrases.chinese(m.number())).append("次会议召开，").append(agenda)
                            .append("。区委书记、").append(hq ? "指挥部总指挥" : "领导小组组长").append(o.of(Seat.SECRETARY))
                            .append("主持会议。区委副书记、区长").append(o.of(Seat.MAYOR)).append("出席会议。");
                }
                case STUDY_SESSION -> s.append("区委理论学习中心组专题学习会召开，围绕").append(Phrases.pick(r, Phrases.TOPICS))
                        .append("进行专题学习。区委书记").append(o.of(Seat.SECRETARY)).append("主持会议并讲话。会议邀请")
                        .append(Phrases.pick(r, Phrases.EXPERT_PLACES)).append(Phrases.pick(r, Phrases.EXPERT_TITLES))
                        .append(m.guest()).append("作专题辅导。");
            }
            return s.toString();
        }

        /** Lists {@code from}..{@code from+k} holders of a group of seats, joined with 、 as bulletins do. */
        private String some(List<Seat> seats, int atLeast) {
            int k = atLeast + r.nextInt(seats.size() - atLeast + 1);
            int first = r.nextInt(seats.size());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                names.add(m.officials().of(seats.get((first + i) % seats.size())));
            }
            return String.join("、", names);
        }

        private String agendaSummary() {
            if (!documents.isEmpty() && r.nextBoolean()) {
                return "研究" + String.join("、", documents.stream().limit(2).map(d -> "《" + d + "》").toList()) + "等事项";
            }
            return "研究" + Phrases.pick(r, Phrases.TOPICS) + "、" + Phrases.pick(r, Phrases.TOPICS) + "等工作";
        }

        /** The agenda items, decided before the opening (which summarises them) and written after it. */
        private List<Runnable> agenda() {
            List<Runnable> items = new ArrayList<>();
            if (m.kind() != Kind.STUDY_SESSION && r.nextInt(5) < 2) {
                items.add(this::convey);
            }
            int count = 1 + r.nextInt(3) + target / 1200;
            for (int i = 0; i < count; i++) {
                int pick = r.nextInt(10);
                if (pick < 5) {
                    String doc = document();
                    documents.add(doc);
                    items.add(() -> review(doc));
                } else if (pick < 8) {
                    items.add(this::hearReport);
                } else {
                    items.add(() -> paragraphs.add(opener() + "，" + fill(2)));
                }
            }
            return items;
        }

        private void convey() {
            StringBuilder s = new StringBuilder("会议传达学习了习近平总书记").append(Phrases.pick(r, Phrases.XI_OCCASIONS))
                    .append("的重要讲话精神");
            if (r.nextBoolean()) {
                s.append("和市委书记").append(m.cityLeader()).append(Phrases.pick(r, Phrases.CITY_OCCASIONS)).append("的讲话精神");
            }
            s.append("。").append(opener()).append("，").append(fill(1 + r.nextInt(2)));
            paragraphs.add(s.toString());
        }

        private void review(String doc) {
            StringBuilder s = new StringBuilder("会议").append(Phrases.pick(r, Phrases.DOC_VERBS)).append("《").append(doc).append("》。");
            if (r.nextBoolean()) {
                Seat dept = Phrases.pick(r, Seat.DEPARTMENTS);
                s.append(dept.title).append(m.officials().of(dept)).append(r.nextBoolean() ? "就起草情况作了说明。" : "作了说明。");
            }
            s.append(opener()).append("，").append(fill(1 + r.nextInt(2)));
            paragraphs.add(s.toString());
        }

        private void hearReport() {
            Seat dept = Phrases.pick(r, Seat.DEPARTMENTS);
            String topic = Phrases.pick(r, Phrases.TOPICS);
            if (m.kind() == Kind.CONGRESS_STANDING) {
                paragraphs.add("会议听取和审议了副区长" + m.officials().of(Seat.VICE_MAYOR_1) + "受区政府委托所作的关于" + topic
                        + "工作情况的报告。" + opener() + "，" + fill(1 + r.nextInt(2)));
                return;
            }
            paragraphs.add("会议听取了" + dept.title + m.officials().of(dept) + "关于" + topic + "情况的汇报。" + opener() + "，"
                    + fill(1 + r.nextInt(2)));
        }

        private String document() {
            String pattern = Phrases.pick(r, Phrases.DOC_PATTERNS);
            return pattern.replace("{F}", m.district().name()).replace("{T}", Phrases.pick(r, Phrases.TOPICS))
                    .replace("{Y0}", String.valueOf(year - 1)).replace("{Y2}", String.valueOf(year + 2))
                    .replace("{Y}", String.valueOf(year));
        }

        private String closing() {
            return switch (r.nextInt(3)) {
                case 0 -> "会议还研究了其他事项。";
                case 1 -> "会议还研究了近期其他工作。";
                default -> "会议还对近期重点工作作出部署。";
            };
        }

        private String opener() {
            return Phrases.pick(r, Phrases.OPENERS);
        }

        private String fill(int sentences) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                String t = Phrases.pick(r, Phrases.SENTENCES);
                s.append(t.replace("{J}", m.district().shortName()).replace("{P}", Phrases.pick(r, m.district().places()))
                        .replace("{S}", Phrases.slogan(r, year)).replace("{T}", Phrases.pick(r, Phrases.TOPICS)));
            }
            return s.toString();
        }
    }
}
