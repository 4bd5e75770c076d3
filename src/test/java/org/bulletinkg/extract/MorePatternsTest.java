package org.bulletinkg.extract;

import static org.bulletinkg.extract.ExtractorFixtures.extract;
import static org.bulletinkg.extract.ExtractorFixtures.posts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Further phrasings of the genre: study sessions, mayor's office meetings, Chinese-numeral dates, posts without 、. */
class MorePatternsTest {


    @Test
    void studySessionOfTheTheoryGroup() {
        Extraction x = extract("顺义区", LocalDate.of(2021, 4, 16),
                "区委理论学习中心组召开专题学习会",
                "4月15日，区委理论学习中心组召开专题学习会，区委书记龚宗元主持会议。中共北京市委党校教授陈晓东作专题辅导。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("study-session", m.kind());
        assertEquals("2021-04-15", m.date().iso());
        assertEquals(List.of("龚宗元"), m.peopleIn(Role.CHAIR));
        assertEquals(List.of("陈晓东"), m.peopleIn(Role.PRESENTER));
    }

    @Test
    void mayorsOfficeMeetingWithChineseNumeralDate() {
        Extraction x = extract("大兴区", null,
                "区长办公会研究城市更新工作",
                "二〇二一年三月五日，第十二次区长办公会召开，区长王有国主持会议，副区长李辉、孙宝生出席会议。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("mayor-office", m.kind());
        assertEquals(12, m.number());
        assertEquals("2021-03-05", m.date().iso());
        assertEquals(List.of("李辉", "孙宝生"), m.peopleIn(Role.ATTENDEE));
        assertEquals(List.of("副区长"), posts(x).get("孙宝生"));
    }

    @Test
    void twoPostsWrittenWithoutSeparator() {
        Extraction x = extract("石景山区", LocalDate.of(2022, 5, 10),
                "区委常委会召开第88次会议",
                "5月9日，区委常委会召开第88次会议，区委书记常卫主持会议。区委副书记区长李新出席会议。");
        assertEquals(List.of("区委副书记", "区长"), posts(x).get("李新"));
        assertEquals(List.of("李新"), x.meetings().get(0).peopleIn(Role.ATTENDEE));
    }

    @Test
    void yearFromTheTextWhenNothingElseGivesIt() {
        Extraction x = extract("延庆区", null,
                "区委常委会召开会议",
                "3月2日，区委常委会召开会议。区委书记于波主持会议。",
                "会议指出，今年是“十四五”开局之年，要谋划好全年工作。");
        assertEquals("2021-03-02", x.meetings().get(0).date().iso());
        assertEquals("year-marker", x.meetings().get(0).dateSource());
    }

    @Test
    void wordsAfterPostsAreNotNames() {
        Extraction x = extract("朝阳区", LocalDate.of(2022, 5, 10),
                "区政府召开常务会议",
                "5月9日，区政府召开常务会议，区长文献主持会议。",
                "会议要求，各街乡主任要加强调度，局长们要靠前指挥，区长信箱反映的问题要限时办结。");
        List<String> names = x.people().stream().map(PersonFact::name).toList();
        assertEquals(List.of("文献"), names);
        assertFalse(names.contains("信箱"));
        assertTrue(x.meetings().get(0).peopleIn(Role.CHAIR).contains("文献"));
    }

    @Test
    void studyBeforeTheMeetingIsASubEventWithItsLecturers() {
        Extraction x = extract("海淀区", LocalDate.of(2020, 6, 11),
                "区委常委会召开第182次会议",
                "6月10日，区委常委会召开第182次会议。本次会议安排会前学习，常委们集体学习了金融改革开放有关内容。区委书记于军主持会议。",
                "区委常委会会前学习邀请中国建设银行总行国际业务部总经理孙剑波、副总经理胡波飞围绕金融改革开放作专题辅导。");
        StudySession s = x.meetings().get(0).studySession();
        assertEquals("金融改革开放", s.topic());
        assertEquals(List.of("孙剑波", "胡波飞"), s.lecturers());
        assertEquals(null, extract("海淀区", null, "区政府召开常务会议", "6月1日，区政府召开常务会议。")
                .meetings().get(0).studySession());
    }

    @Test
    void plenarySessionWithTermAndNumber() {
        Extraction x = extract("门头沟区", LocalDate.of(2021, 12, 25),
                "中共北京市门头沟区委第十二届委员会第十四次全体会议召开",
                "12月24日，区委十二届十四次全会召开。区委书记喻华锋主持会议。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("party-plenary", m.kind());
        assertEquals(12, m.term());
        assertEquals(14, m.number());
        assertEquals("2021-12-24", m.date().iso());
    }

    @Test
    void dayWithoutMonthTakesThePublicationMonth() {
        Extraction x = extract("房山区", LocalDate.of(2022, 3, 23),
                "区政府召开第20次常务会",
                "22日，区长郭延红主持召开区政府第20次常务会。区委副书记、代区长张三出席会议。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("government-executive", m.kind());
        assertEquals("2022-03-22", m.date().iso());
        assertEquals(List.of("区委副书记", "代区长"), posts(x).get("张三"));
    }

    @Test
    void disciplineCommitteeIsAnOrganisation() {
        Extraction x = extract("平谷区", LocalDate.of(2022, 3, 23),
                "区委常委会召开会议",
                "3月22日，区委常委会召开会议。区委书记杨仁全主持会议。会议要求，区纪委区监委要强化监督。");
        List<String> orgs = x.organizations().stream().map(Mention::canonical).toList();
        assertTrue(orgs.contains("平谷区纪委") && orgs.contains("平谷区监委"), orgs.toString());
    }

    @Test
    void namesListedWithoutPostsBeforeEtc() {
        Extraction x = extract("昌平区", LocalDate.of(2021, 5, 8),
                "区政府召开常务会议",
                "5月7日，区政府召开常务会议，区长支现伟主持会议。王强、李华、欧阳明等区领导出席会议。");
        assertEquals(List.of("王强", "李华", "欧阳明"), x.meetings().get(0).peopleIn(Role.ATTENDEE));
        assertTrue(x.people().stream().anyMatch(p -> p.name().equals("欧阳明") && p.posts().isEmpty()));
    }

    @Test
    void reformCommitteeMeetingIsALeadingGroupMeeting() {
        Extraction x = extract("密云区", LocalDate.of(2021, 9, 3),
                "区委全面深化改革委员会召开第十次会议",
                "9月2日，区委全面深化改革委员会召开第十次会议。区委书记、区委深改委主任余卫国主持会议。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("leading-group", m.kind());
        assertEquals("区委全面深化改革委员会", m.body());
        assertEquals(10, m.number());
        assertEquals(List.of("余卫国"), m.peopleIn(Role.CHAIR));
    }

    @Test
    void congressDirectorsWithChineseNumberAndReports() {
        Extraction x = extract("通州区", LocalDate.of(2021, 11, 12),
                "区人大常委会召开第四十二次主任会议",
                "11月11日，区人大常委会召开第四十二次主任会议。区人大常委会主任孙贵宁主持会议，副主任王秀琴、韩晓东出席会议，副区长吴东列席会议。",
                "会议听取了区财政局局长刘晓燕关于2021年预算执行情况的汇报。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("congress-directors", m.kind());
        assertEquals(42, m.number());
        assertEquals(List.of("王秀琴", "韩晓东"), m.peopleIn(Role.ATTENDEE));
        assertEquals(List.of("吴东"), m.peopleIn(Role.NONVOTING));
        assertEquals(List.of("刘晓燕"), m.peopleIn(Role.PRESENTER));
        assertEquals(List.of("副主任"), posts(x).get("韩晓东"));
    }

    @Test
    void bylineWithColonAndOtherDistrictsZones() {
        Extraction x = extract("丰台区", LocalDate.of(2022, 4, 2),
                "区委常委会召开会议",
                "4月1日，区委常委会召开会议。区委书记王少峰主持会议。会议强调，要加快丽泽金融商务区建设。",
                "（记者：张晓明、李华）");
        assertEquals(List.of("张晓明", "李华"), x.reporters().stream().map(PersonFact::name).toList());
        assertTrue(x.places().stream().anyMatch(p -> p.canonical().equals("丽泽金融商务区")));
    }
}
