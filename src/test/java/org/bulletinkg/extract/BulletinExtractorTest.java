package org.bulletinkg.extract;

import static org.bulletinkg.extract.ExtractorFixtures.extract;
import static org.bulletinkg.extract.ExtractorFixtures.posts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The genre's patterns, one fixture each. The people are fictional; bodies, places and slogans are real.
 * These texts are not in the evaluation sets: they pin phrasings the dev set does not show.
 */
class BulletinExtractorTest {


    @Test
    void chairByPassiveAndChineseSessionNumber() {
        Extraction x = extract("丰台区", LocalDate.of(2021, 7, 9),
                "区委常委会召开第一百零五次会议",
                "7月8日，区委常委会召开第一百零五次会议，会议由区委书记王立新主持。区委副书记、区长初军威，区委常委刘宏伟、钟百利出席会议。",
                "会议审议通过了《丰台区关于推进丽泽金融商务区建设的实施意见》。（记者 孙悦）");
        MeetingFact m = x.meetings().get(0);
        assertEquals("party-standing-committee", m.kind());
        assertEquals(105, m.number());
        assertEquals("2021-07-08", m.date().iso());
        assertEquals("manifest", m.dateSource());
        assertEquals(List.of("王立新"), m.peopleIn(Role.CHAIR));
        assertEquals(List.of("初军威", "刘宏伟", "钟百利"), m.peopleIn(Role.ATTENDEE));
        assertEquals(List.of("丰台区关于推进丽泽金融商务区建设的实施意见"),
                m.documents().stream().map(DocumentFact::title).toList());
        assertEquals("审议通过", m.documents().get(0).action());
        Map<String, List<String>> posts = posts(x);
        assertEquals(List.of("区委副书记", "区长"), posts.get("初军威"));
        assertEquals(List.of("区委常委"), posts.get("钟百利"));
        assertEquals(List.of("孙悦"), x.reporters().stream().map(PersonFact::name).toList());
    }

    @Test
    void governmentExecutiveMeetingWithPresenters() {
        Extraction x = extract("通州区", null,
                "区政府召开第45次常务会议",
                "2022年9月14日下午，副区长张晓东主持召开区政府第45次常务会议。",
                "会议听取了区住房城乡建设委主任李明关于老旧小区综合整治工作的汇报。区财政局局长赵文华就《通州区2023年部门预算编制方案》作了说明。",
                "会议要求，要落实“接诉即办”工作机制，深化“放管服”改革。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("government-executive", m.kind());
        assertEquals(45, m.number());
        assertEquals("2022-09-14", m.date().iso());
        assertEquals("text", m.dateSource());
        assertEquals(List.of("张晓东"), m.peopleIn(Role.CHAIR));
        assertEquals(List.of("李明", "赵文华"), m.peopleIn(Role.PRESENTER));
        assertEquals(List.of("区住房城乡建设委主任"), posts(x).get("李明"));
        List<String> strategies = x.strategies().stream().map(Mention::canonical).toList();
        assertTrue(strategies.containsAll(List.of("接诉即办", "放管服改革")), strategies.toString());
        List<String> orgs = x.organizations().stream().map(Mention::canonical).toList();
        assertTrue(orgs.contains("通州区财政局"), orgs.toString());
    }

    @Test
    void congressDirectorsMeetingAndPlenaryKinds() {
        Extraction x = extract("海淀区", LocalDate.of(2021, 3, 2),
                "区人大常委会召开第12次主任会议",
                "3月1日，区人大常委会召开第12次主任会议。区人大常委会主任刘长利主持会议。");
        assertEquals("congress-directors", x.meetings().get(0).kind());
        assertEquals(12, x.meetings().get(0).number());
        assertEquals("区人大常委会", x.meetings().get(0).body());

        Extraction p = extract("密云区", LocalDate.of(2021, 1, 8),
                "区政府召开全体会议",
                "1月7日，区政府召开全体会议，区长余卫国主持会议并讲话。");
        assertEquals("government-plenary", p.meetings().get(0).kind());
        assertEquals(List.of("余卫国"), p.meetings().get(0).peopleIn(Role.CHAIR));
    }

    @Test
    void unknownDayGivesNoDateAndQuotedFiguresOfSpeechAreNoStrategies() {
        Extraction x = extract("怀柔区", null,
                "区委召开常委会会议",
                "近日，区委召开常委会会议。区委书记郭延红主持会议。",
                "会议强调，要坚决克服“等靠要”思想，防止“一刀切”，推进“两区”建设和怀柔科学城建设。");
        MeetingFact m = x.meetings().get(0);
        assertNull(m.date());
        List<String> strategies = x.strategies().stream().map(Mention::canonical).toList();
        assertTrue(strategies.contains("两区建设"), strategies.toString());
        assertFalse(strategies.contains("一刀切"));
        assertFalse(strategies.contains("等靠要"));
        assertTrue(x.places().stream().anyMatch(p -> p.canonical().equals("怀柔科学城")));
    }

    @Test
    void instructionsConveyedAndCompoundSurnames() {
        Extraction x = extract("东城区", LocalDate.of(2021, 11, 20),
                "区委常委会召开会议",
                "11月19日，区委常委会召开会议，传达学习习近平总书记在中央全面深化改革委员会第二十二次会议上的重要讲话精神和市委书记蔡奇同志的讲话精神。区委书记夏林茂主持会议。",
                "区委常委、宣传部部长欧阳晓峰，区委常委、组织部部长诸葛明出席会议。");
        MeetingFact m = x.meetings().get(0);
        assertEquals(List.of("习近平", "蔡奇"), m.peopleIn(Role.INSTRUCTIONS));
        assertEquals(List.of("欧阳晓峰", "诸葛明"), m.peopleIn(Role.ATTENDEE));
        assertEquals(List.of("区委常委", "宣传部部长"), posts(x).get("欧阳晓峰"));
        // the meeting named inside 在…上 is not a meeting of this bulletin
        assertEquals(1, x.meetings().size());
    }

    @Test
    void cppccStandingCommitteeWithTermAndNonVoting() {
        Extraction x = extract("西城区", LocalDate.of(2021, 6, 30),
                "区政协召开十四届常委会第十六次会议",
                "6月29日，区政协召开十四届常委会第十六次会议。区政协主席王旭主持会议。副区长陈宁列席会议。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("cppcc-standing-committee", m.kind());
        assertEquals(14, m.term());
        assertEquals(16, m.number());
        assertEquals(List.of("陈宁"), m.peopleIn(Role.NONVOTING));
    }
}
