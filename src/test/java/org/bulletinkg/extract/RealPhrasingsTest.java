package org.bulletinkg.extract;

import static org.bulletinkg.extract.ExtractorFixtures.extract;
import static org.bulletinkg.extract.ExtractorFixtures.extractAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The phrasings of real bulletins from across China, each written anew for this test (invented people, real
 * places and bodies): meeting headers at every level and numbering, meetings only referred to, joint meetings,
 * the sources of a date, chairs, bylines, slogans beyond the dictionary.
 */
class RealPhrasingsTest {

    static Stream<Arguments> headers() {
        // title, opening sentence, jurisdiction, kind, body, number, term, expanded
        return Stream.of(
                Arguments.of("区委十一届第102次常委会议召开", "3月2日，区委十一届第102次常委会议召开，区委书记周立新主持会议。",
                        "临河区", "party-standing-committee", "区委常委会", 102, 11, false),
                Arguments.of("十四届县委常委会第58次会议召开", "4月9日，十四届县委常委会第58次会议召开。县委书记钱海波主持会议。",
                        "苍溪县", "party-standing-committee", "县委常委会", 58, 14, false),
                Arguments.of("旗委十五届8次常委会会议召开", "清明节前，旗委十五届8次常委会会议召开，旗委书记韩玉梅到会并主持。",
                        "达拉特旗", "party-standing-committee", "旗委常委会", 8, 15, false),
                Arguments.of("县委常委会召开2023年第7次会议", "县委书记方志强在5月8日主持了县委常委会2023年第7次会议。",
                        "攸县", "party-standing-committee", "县委常委会", 7, null, false),
                Arguments.of("市委召开常委（扩大）会议", "6月3日上午，市委召开常委（扩大）会议，市委书记卢国平主持会议。",
                        "义乌市", "party-standing-committee", "市委常委会", null, null, true),
                Arguments.of("县人民政府第17届9次常务会议", "县政府第17届9次常务会议于2019年3月6日召开，由县长程伟主持。",
                        "盐边县", "government-executive", "县政府", 9, 17, false),
                Arguments.of("程伟主持召开四届市政府第31次常务会议", "8月12日，市长程伟主持召开四届市人民政府第31次常务会议。",
                        "昭通市", "government-executive", "市政府", 31, 4, false),
                Arguments.of("区政府召开第十八届第三次全体（扩大）会议", "7月20日，区政府召开第十八届第三次全体（扩大）会议。区长孟凡主持会议。",
                        "西岗区", "government-plenary", "区政府", 3, 18, true),
                Arguments.of("第十六届人大常委会第三十六次会议举行", "10月9日，市第十六届人大常委会第三十六次会议举行，市人大常委会主任冯文杰主持会议。",
                        "福州市", "congress-standing-committee", "市人大常委会", 36, 16, false),
                Arguments.of("区五届人大常委会召开第12次主任会议", "区人大常委会主任邵建民5月6日主持区五届人大常委会第12次主任会议。",
                        "嘉定区", "congress-directors", "区人大常委会", 12, 5, false),
                Arguments.of("区政协召开九届五次常委会议", "区政协主席罗志远4月21日主持区政协九届五次常委会议。",
                        "东昌区", "cppcc-standing-committee", "区政协常委会", 5, 9, false),
                Arguments.of("市政协召开十四届八次主席会议", "市政协十四届八次主席会议9月3日举行，由市政协主席黄启明主持。",
                        "沈阳市", "cppcc-chairs", "市政协", 8, 14, false),
                Arguments.of("县委理论学习中心组2021年第9次集体学习", "6月2日，县委理论学习中心组2021年第9次集体学习举行，县委书记孔祥瑞主持。",
                        "曲水县", "study-session", "县委理论学习中心组", 9, null, false),
                Arguments.of("区人代会举行主席团第二次会议", "区七届人大三次会议主席团1月9日晚举行第二次会议，由姜文斌主持。",
                        "松江区", "other", "主席团", 2, 7, false),
                Arguments.of("开发区召开党工委扩大会议", "2月9日，管委会主任林涛主持召开我区2023年第三次党工委扩大会议。",
                        "杨凌区", "other", "区党工委", 3, null, true),
                Arguments.of("县政府党组召开（扩大）会议", "3月30日，县政府党组召开（扩大）会议。县长侯建新主持会议。",
                        "高阳县", "other", "县政府党组", null, null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headers")
    void headerAtEveryLevelAndNumbering(String title, String opening, String jurisdiction, String kind, String body,
                                        Integer number, Integer term, boolean expanded) {
        Extraction x = extract(jurisdiction, LocalDate.of(2023, 12, 1), title, opening);
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        MeetingFact m = x.meetings().get(0);
        assertEquals(kind, m.kind());
        assertEquals(body, m.body());
        assertEquals(number, m.number());
        assertEquals(term, m.term());
        assertEquals(expanded, m.expanded());
    }

    @Test
    void aMeetingOnlyConveyedIsNoMeetingOfTheBulletin() {
        Extraction x = extract("河津市", LocalDate.of(2022, 4, 27), "市委常委会召开会议",
                "4月26日，市委常委会召开会议，传达学习市委十二届十次全会精神和省委常委会（扩大）会议精神。市委书记秦国栋主持会议。",
                "会议决定，市人大常委会第十一次会议于5月10日召开。");
        assertEquals(List.of("party-standing-committee"), x.meetings().stream().map(MeetingFact::kind).toList());
        assertEquals(List.of("秦国栋"), x.meetings().get(0).peopleIn(Role.CHAIR));
    }

    @Test
    void jointMeetingsAreTwoFramesSharingWhatTheSentenceSays() {
        Extraction x = extract("遵义市", LocalDate.of(2018, 12, 6), "市政府第12次常务会议和第9次市长办公会议召开",
                "12月5日，市长陶建新主持召开市政府第12次常务会议和第9次市长办公会议，副市长何琳出席会议。");
        assertEquals(2, x.meetings().size());
        for (MeetingFact m : x.meetings()) {
            assertEquals("2018-12-05", m.date().iso());
            assertEquals(List.of("陶建新"), m.peopleIn(Role.CHAIR));
            assertEquals(List.of("何琳"), m.peopleIn(Role.ATTENDEE));
        }
        Extraction two = extract("马山县", LocalDate.of(2024, 9, 8), "县政府召开常务会议",
                "县十七届人民政府第64、65次常务会议9月2日连续召开，县长吴建华主持。");
        assertEquals(List.of(64, 65), two.meetings().stream().map(MeetingFact::number).toList());
    }

    @Test
    void aMeetingTheCentreHeldIsOnlyReferredTo() {
        Extraction x = extract("高阳县", LocalDate.of(2024, 6, 24), "县政府党组召开会议",
                "6月5日，县长陈立主持召开县政府党组会议，传达学习重要讲话精神。",
                "会议指出，总书记主持召开民营企业发展座谈会并作重要讲话，为我们指明了方向。");
        assertEquals(List.of("other"), x.meetings().stream().map(MeetingFact::kind).toList());
        assertEquals("县政府党组", x.meetings().get(0).body());
    }

    @Test
    void meetingsJoinedInASentenceShareTheYearOneOfThemGives() {
        Extraction x = extract("舒城县", null, "县安委会全体成员会议暨安全生产推进会",
                "4月2日，我县召开2022年度县安委会第一次全体成员会议暨安全生产大排查攻坚推进会。县长杨文主持会议。",
                "会议学习了《2021年安全生产工作要点》。");
        assertEquals(2, x.meetings().size(), x.meetings().toString());
        for (MeetingFact m : x.meetings()) {
            assertEquals("2022-04-02", m.date().iso(), m.toString());
        }
    }

    @Test
    void aCeremonyJoinedToAMeetingTakesOnlyItsChairAndAttendance() {
        Extraction x = extract("曲水县", LocalDate.of(2024, 11, 6), "县委理论学习中心组学习会暨读书月启动仪式",
                "11月5日，县委理论学习中心组召开第十三次集中学习会暨“书香机关”读书月启动仪式，县委书记贺东主持，县长扎西出席。",
                "会议学习了《西藏自治区乡村振兴促进条例》，县委常委陈光作了辅导报告。");
        MeetingFact study = x.meetings().stream().filter(m -> m.kind().equals("study-session")).findFirst().orElseThrow();
        MeetingFact ceremony = x.meetings().stream().filter(m -> m.kind().equals("other")).findFirst().orElseThrow();
        assertEquals(1, study.documents().size());
        assertEquals(List.of("陈光"), study.peopleIn(Role.PRESENTER));
        assertTrue(ceremony.documents().isEmpty(), ceremony.documents().toString());
        assertTrue(ceremony.peopleIn(Role.PRESENTER).isEmpty());
        assertEquals(List.of("贺东"), ceremony.peopleIn(Role.CHAIR));
        Extraction quoted = extract("武强县", LocalDate.of(2020, 4, 2), "县里召开动员会",
                "4月1日，县里召开全县干部大会暨“强作风、优服务 抓落实”主题活动动员会，县长孙明主持。");
        assertTrue(quoted.meetings().stream().anyMatch(m -> m.body().equals("“强作风、优服务 抓落实”主题活动动员会")),
                quoted.meetings().toString());
    }

    @Test
    void listsOfNamesAfterAnIntroducerOrBeforeTheRostrum() {
        Extraction leaders = extract("濮阳县", LocalDate.of(2023, 5, 9), "县政府召开常务会议",
                "5月8日，县长郑凯主持召开县政府第21次常务会议，县领导孙立平、钱文斌、马红及县直有关部门负责同志参加会议。");
        assertEquals(List.of("孙立平", "钱文斌", "马红"), leaders.meetings().get(0).peopleIn(Role.ATTENDEE));
        Extraction comma = extract("邢台市", LocalDate.of(2022, 1, 12), "开发区召开党工委扩大会议",
                "1月11日，党工委书记冯涛主持召开党工委扩大会议。区领导韩立、曹文静、宋海，区法院院长邓明出席会议。");
        assertTrue(comma.meetings().get(0).peopleIn(Role.ATTENDEE).containsAll(List.of("韩立", "曹文静", "宋海")),
                comma.meetings().get(0).peopleIn(Role.ATTENDEE).toString());
        Extraction rostrum = extract("西安市", LocalDate.of(2019, 1, 20), "市政协会议开幕",
                "昨日上午，政协西安市第十五届委员会第二次会议开幕。执行主席周平，岳海、郭为民、李丹、问志远、杜卫、张政在主席台就座。");
        assertTrue(rostrum.meetings().get(0).peopleIn(Role.ATTENDEE).containsAll(List.of("岳海", "郭为民", "问志远", "张政")),
                rostrum.meetings().get(0).peopleIn(Role.ATTENDEE).toString());
    }

    @Test
    void membersWhoLeadTheStudyArePresenters() {
        Extraction x = extract("八公山区", LocalDate.of(2024, 5, 20), "区政协党组召开学习会",
                "5月17日，区政协党组召开会议，区政协主席侯明主持。会上，党组成员侯明、贾平分别领学了《中国共产党纪律处分条例》。");
        assertEquals(List.of("侯明", "贾平"), x.meetings().get(0).peopleIn(Role.PRESENTER));
    }

    @Test
    void meetingsInTwoParagraphsKeepTheirOwnParticipants() {
        Extraction x = extract("海淀区", LocalDate.of(2021, 3, 9), "区委常委会召开会议",
                "3月8日，区委常委会召开第50次会议，区委书记冯元主持会议。区委副书记汤立出席会议。",
                "同日，区政府召开第20次常务会议，区长姜海主持会议。副区长宋岩出席会议。");
        assertEquals(2, x.meetings().size());
        MeetingFact party = x.meetings().stream().filter(m -> m.kind().equals("party-standing-committee")).findFirst().orElseThrow();
        MeetingFact gov = x.meetings().stream().filter(m -> m.kind().equals("government-executive")).findFirst().orElseThrow();
        assertEquals(List.of("冯元"), party.peopleIn(Role.CHAIR));
        assertEquals(List.of("姜海"), gov.peopleIn(Role.CHAIR));
        assertFalse(party.peopleIn(Role.ATTENDEE).contains("宋岩"));
        assertTrue(gov.peopleIn(Role.ATTENDEE).contains("宋岩"));
    }

    @Test
    void dateFromThePagesDateLine() {
        Extraction x = extract("潞城区", null, "区委常委会（扩大）会议召开",
                "发布时间：2024-03-15 16:40 信息来源：区委办公室 【字体：大 中 小】",
                "3月14日，区委常委会（扩大）会议召开，由区委书记韩涛主持。");
        MeetingFact m = x.meetings().get(0);
        assertEquals("2024-03-14", m.date().iso());
        assertEquals("date-line", m.dateSource());
    }

    @Test
    void dateFromTheAddress() {
        Extraction x = extractAt("http://www.example.gov.cn/zwgk/202308/t20230802_123.html", "密云区",
                "区政府召开常务会议", "8月1日下午，区长曹阳主持召开区政府第88次常务会。");
        assertEquals("2023-08-01", x.meetings().get(0).date().iso());
        assertEquals("address", x.meetings().get(0).dateSource());
        Extraction art = extractAt("https://www.example.gov.cn/art/2017/3/4/art_1_2.html", "湖州市",
                "市委召开全会", "中共湖州市第九届委员会第二次全体会议3月4日在市行政中心召开。");
        assertEquals("2017-03-04", art.meetings().get(0).date().iso());
    }

    @Test
    void yesterdayAndTheDatelineResolveAgainstThePage() {
        Extraction x = extract("武进区", LocalDate.of(2022, 9, 26), "区委常委会召开会议",
                "区委常委会昨天举行会议，区委书记胡立民主持。");
        assertEquals("2022-09-25", x.meetings().get(0).date().iso());
        assertEquals("relative", x.meetings().get(0).dateSource());
        Extraction d = extractAt("http://www.example.cn/xw/201902/t20190227_9.html", "海原县", "县里召开推进会",
                "某某网海原2月26日电（记者 杜明远）25日，县里召开春耕生产推进会，县长马立主持。");
        assertEquals("2019-02-25", d.meetings().get(0).date().iso());
    }

    @Test
    void theNumberingGivesTheYearAndARangeInATitleGivesNone() {
        Extraction x = extract("攸县", null, "县委常委会举行2024年第19次会议",
                "县委书记邵峰6月28日主持县委常委会2024年第19次会议。");
        assertEquals("2024-06-28", x.meetings().get(0).date().iso());
        assertEquals("numbering-year", x.meetings().get(0).dateSource());
        Extraction range = extract("汉阴县", null, "县政府召开常务会议",
                "3月5日，县长刘洋主持召开县政府常务会议，审议通过《汉阴县城区提升三年行动方案（2021—2023年）》。");
        assertNull(range.meetings().get(0).date().iso(), "a range names no one year");
    }

    @Test
    void recentlyIsNotDated() {
        Extraction x = extract("绿园区", LocalDate.of(2025, 3, 24), "区政协召开常委会议",
                "区政协主席邹平近日主持区政协第十届委员会常务委员会第七次会议。");
        assertNull(x.meetings().get(0).date(), "近日 fixes no day, nor surely the month");
    }

    @Test
    void aDayThatIsNoneIsReadOneWayOrByItsMonth() {
        Extraction lost = extract("八公山区", LocalDate.of(2024, 4, 15), "区政协党组会召开",
                "415日，区政协召开十届十三次党组会，区政协主席侯明主持。");
        assertEquals("2024-04-15", lost.meetings().get(0).date().iso(), "415 splits into 4月15日 only");
        Extraction none = extract("偃师区", LocalDate.of(2025, 3, 4), "区政府召开第3次区长办公会议",
                "34日，区长钟涛主持召开区长办公会议。");
        assertEquals("2025-03", none.meetings().get(0).date().iso(), "34日 is no day: the page's month");
    }

    @Test
    void anAddressOfTheMonthAloneGivesTheYear() {
        Extraction x = extractAt("https://news.example.com/local/201812/77-1234.html", "沈阳市",
                "市政协召开十五届九次主席会议", "12月20日，市政协召开十五届九次主席会议，市政协主席白雪主持。");
        assertEquals("2018-12-20", x.meetings().get(0).date().iso());
        assertEquals("address", x.meetings().get(0).dateSource());
    }

    @Test
    void aPagesStampIsNoMeetingsDate() {
        Extraction x = extract("东昌区", null, "区政协召开十届三次常委会议",
                "北京时间2022年7月30日（农历2022年7月2日），星期六，东昌区政协召开十届三次常委会议。7月29日下午，东昌区政协召开十届三次常委会议，副主席陆平主持。");
        assertEquals("2022-07-29", x.meetings().get(0).date().iso());
    }

    @Test
    void chairsInTheirPhrasings() {
        assertEquals(List.of("任建军"), chairs(extract("奇台县", LocalDate.of(2022, 4, 7), "县委常委会召开",
                "4月5日，县委常委会召开会议。县委书记方平出席会议并讲话，县长任建军主持会议。")));
        assertEquals(List.of("万里鹏"), chairs(extract("郧阳区", LocalDate.of(2023, 7, 27), "区政府召开常务会议",
                "7月26日，受区长孙洪委托，常务副区长万里鹏主持召开区政府常务会议。")));
        assertEquals(List.of("严松"), chairs(extract("乌审旗", LocalDate.of(2024, 8, 20), "旗委全会召开",
                "中国共产党乌审旗第十五届委员会第六次全体会议8月2日开幕，旗委书记严松主持第一次全体会议。")));
        assertEquals(List.of("晏清"), chairs(extract("西安市", LocalDate.of(2017, 2, 20), "市政协会议开幕",
                "政协西安市第十三届委员会第三次会议昨日闭幕，大会由晏清主持。")));
        Extraction attended = extract("海淀区", LocalDate.of(2020, 5, 6), "区委常委会召开会议",
                "5月5日，区委常委会召开会议，区委书记唐峰出席会议并主持。");
        assertEquals(List.of("唐峰"), chairs(attended));
        assertEquals(List.of("阿不都热依木·买买提"), chairs(extract("高昌区", LocalDate.of(2024, 3, 9), "区政府召开常务会议",
                "3月8日，区委副书记、区长阿不都热依木·买买提同志主持召开区政府第5次常务会议。")));
        assertEquals(List.of("马文亮"), chairs(extract("同心县", LocalDate.of(2020, 3, 2), "同心召开春耕誓师大会",
                "3月1日上午，同心县举行春耕生产誓师大会。县委书记马文亮主持誓师大会并讲话。")));
        assertTrue(attended.meetings().get(0).peopleIn(Role.ATTENDEE).isEmpty());
    }

    @Test
    void bylinesInTheirCommonForms() {
        assertEquals(List.of("杜明远"), reporters(extract("义乌市", LocalDate.of(2019, 3, 8), "市委召开常委会议",
                "某某新闻网3月8日讯（记者 杜明远）市委常委会3月7日召开会议。")));
        assertEquals(List.of("孟佳", "赵一鸣"), reporters(extract("吴忠市", LocalDate.of(2024, 1, 13), "市政协会议举行",
                "本报讯（记者孟佳见习记者赵一鸣）市政协3月2日举行全体会议。")));
        assertEquals(List.of("骆文"), reporters(extract("八公山区", LocalDate.of(2024, 4, 15), "区政协召开学习会",
                "4月12日，区政协召开理论中心组学习会。", "会议还就下一步工作作了安排。（区政协 骆文）")));
        assertEquals(List.of("钱敏"), reporters(extract("达拉特旗", null, "旗委常委会会议召开",
                "浏览次数：12 作者：钱敏 打印本页", "6月3日，旗委常委会召开会议。")));
        Extraction editor = extract("太湖县", null, "县政府党组会议",
                "| 编辑： 方晓 审核人：程立 点击数：99 |", "5月9日，县政府党组召开会议。");
        assertTrue(reporters(editor).isEmpty(), "editors are people, not reporters");
        assertTrue(editor.people().stream().anyMatch(p -> p.name().equals("方晓")));
    }

    @Test
    void slogansBeyondTheDictionaryAreCandidates() {
        Extraction x = extract("苍溪县", LocalDate.of(2025, 4, 22), "县委常委会召开会议",
                "4月21日，县委常委会召开会议。县委书记冉平主持会议。",
                "会议要求，强力推进“项目建设提速年”行动，落实“三个一批”工作要求，不搞“一刀切”，克服“等靠要”思想，拒绝“好不好”式的空谈。");
        List<String> candidates = x.strategies().stream().filter(Mention::candidate).map(Mention::canonical).toList();
        assertTrue(candidates.containsAll(List.of("项目建设提速年", "三个一批")), candidates.toString());
        assertFalse(candidates.contains("一刀切"));
        assertFalse(candidates.contains("等靠要"));
        assertFalse(candidates.contains("好不好"));
    }

    @Test
    void furnitureIsNotText() {
        Extraction x = extract("潞城区", null, "区委常委会召开会议",
                "当前位置：首页 > 政务公开 > 工作动态", "字号：大 中 小",
                "12月4日，区委书记韩涛主持召开区委常委会会议。", "分享到：", "版权所有：某某区人民政府 备案号：晋ICP备00000000号");
        assertFalse(x.bulletin().text().contains("首页"));
        assertFalse(x.bulletin().text().contains("版权所有"));
        assertEquals(1, x.meetings().size());
    }

    @Test
    void placesOfAllChinaByFullNameShortFormShapeAndJurisdiction() {
        Extraction x = extract("河津市", LocalDate.of(2022, 4, 27), "市委常委会召开会议",
                "4月26日，运城市委常委、市委书记陶立主持召开市委常委会会议，研究了河津经济开发区和龙门新城建设工作，"
                        + "要求推进中德合作产业园建设，推进黄河沿岸生态保护。");
        List<String> places = x.places().stream().map(Mention::canonical).toList();
        assertTrue(places.containsAll(List.of("河津经济开发区", "龙门新城", "中德合作产业园", "黄河")), places.toString());
        assertFalse(places.contains("运城市"), "运城 stands only in a post (运城市委常委): " + places);
        Extraction beijing = extract("朝阳区", LocalDate.of(2021, 3, 3), "区委常委会召开会议", "3月2日，区委常委会召开会议，区委书记王海川主持，研究朝阳区城市更新工作，要求区委、区政府各部门抓好落实。");
        Extraction liaoning = extract("朝阳市", LocalDate.of(2021, 3, 3), "市委常委会召开会议", "3月2日，市委常委会召开会议，市委书记李松林主持，研究朝阳市乡村振兴工作，要求市委、市政府各部门抓好落实。");
        assertEquals("https://w3id.org/bulletin-kg/id/place/cn-110105", beijing.places().get(0).key());
        assertEquals("https://w3id.org/bulletin-kg/id/place/cn-2113", liaoning.places().get(0).key());
        assertEquals("朝阳区委", beijing.organizations().stream().map(Mention::canonical).filter(o -> o.endsWith("委")).findFirst().orElse(""));
        assertEquals("朝阳市委", liaoning.organizations().stream().map(Mention::canonical).filter(o -> o.endsWith("委")).findFirst().orElse(""));
    }

    @Test
    void placesInsideNamesAndZonesByTheirShape() {
        Extraction x = extract("松江区", LocalDate.of(2021, 2, 3), "区人大常委会召开会议",
                "2月2日，上海松江区六届人大常委会召开第四十次会议，区人大常委会主任吴军主持。",
                "会议听取了长三角G60科创走廊建设情况的报告，要求打造和平新材料产业园，并对国家级开发区和3个自贸试验区的经验作了比较。",
                "会议还研究了青海省海北州委和中共苏州市吴中区第五届委员会来函事项，审议了《上海市松江区生态保护条例（草案）》。");
        List<String> places = x.places().stream().map(Mention::canonical).toList();
        assertTrue(places.containsAll(List.of("G60科创走廊", "和平新材料产业园")), places.toString());
        for (String no : List.of("上海市", "国家级开发区", "3个自贸试验区", "青海省", "苏州市", "吴中区")) {
            assertFalse(places.contains(no), no + " in " + places);
        }
    }

    @Test
    void placesInsideDelegationsEventsAndCollegesAreNoMentions() {
        Extraction x = extract("临高县", LocalDate.of(2022, 8, 25), "县委常委会召开会议",
                "8月24日，县委常委会召开会议，县委书记周凯主持。",
                "会议听取了贵州、四川、广东省医疗队和甘肃省考察团的意见，安排了环海南岛公路自行车巡回赛和首都义务植树活动的宣传，"
                        + "吉林民族职业技术学院院长列席会议。",
                "会议要求扎实推进中以常州创新园和临高县文化旅游项目建设。");
        List<String> places = x.places().stream().map(Mention::canonical).toList();
        assertTrue(places.containsAll(List.of("中以常州创新园", "临高县")), places.toString());
        for (String no : List.of("贵州省", "四川省", "广东省", "甘肃省", "海南省", "北京市", "吉林省", "常州创新园")) {
            assertFalse(places.contains(no), no + " in " + places);
        }
        Extraction own = extract("海淀区", LocalDate.of(2022, 3, 9), "区委常委会召开会议",
                "3月8日，区委常委会召开会议，要求在海淀区开展义务植树活动，并向四川省派出医疗队。");
        List<String> mentioned = own.places().stream().map(Mention::canonical).toList();
        assertTrue(mentioned.containsAll(List.of("海淀区", "四川省")), "a verb between the place and the event: " + mentioned);
        Extraction anniversary = extract("刚察县", LocalDate.of(2022, 8, 25), "县委常委会召开会议",
                "8月24日，县委常委会召开会议，要求借鉴玉树州州庆活动的经验。");
        assertEquals(List.of("玉树藏族自治州"), anniversary.places().stream().map(Mention::canonical).toList(),
                "a place's own anniversary is about the place");
    }

    @Test
    void navigationOfPlaceNamesIsFurniture() {
        Extraction x = extract("西安市", LocalDate.of(2019, 1, 20), "市政协会议开幕",
                "陕西新闻 西安市 铜川市 宝鸡市 咸阳市 渭南市 延安市",
                "欢迎光临西安市人民政府网站",
                "昨日上午，政协西安市第十五届委员会第二次会议开幕。");
        assertFalse(x.bulletin().text().contains("铜川市"), x.bulletin().text());
        assertFalse(x.bulletin().text().contains("欢迎光临"), x.bulletin().text());
    }

    @Test
    void jurisdictionFromTheAddressesHostWhenNothingElseSays() {
        Extraction x = extractAt("https://www.bagongshan.gov.cn/zhxx/bgsxx/123.html", null, "区政协召开党组会",
                "4月8日，区政协召开党组会，区政协主席侯明主持会议。");
        assertEquals("八公山区", x.jurisdiction().division().name());
        assertEquals("address-host", x.jurisdiction().source());
        Extraction initials = extractAt("http://www.hy.gov.cn/xwzx/123.html", null, "县政府召开常务会议",
                "4月8日，县政府召开常务会议。");
        assertNull(initials.jurisdiction(), "initials spell no one division");
    }

    @Test
    void jurisdictionFromTheTextWhenTheManifestGivesNone() {
        Extraction x = extract(null, LocalDate.of(2020, 5, 6), "阜平县委常委会召开会议",
                "5月5日，阜平县委常委会召开会议，县委书记谷风主持会议。");
        assertEquals("阜平县", x.jurisdiction().division().name());
        assertEquals("text", x.jurisdiction().source());
        assertEquals("县委常委会", x.meetings().get(0).body());
    }

    private static List<String> chairs(Extraction x) {
        return x.meetings().get(0).peopleIn(Role.CHAIR);
    }

    private static List<String> reporters(Extraction x) {
        return x.reporters().stream().map(PersonFact::name).toList();
    }
}
