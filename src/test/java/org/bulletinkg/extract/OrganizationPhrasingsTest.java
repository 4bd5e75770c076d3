package org.bulletinkg.extract;

import static org.bulletinkg.extract.ExtractorFixtures.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How bulletins name the organisations they refer to (rules/organizations.tsv), each phrasing written anew for
 * this test: bodies named with another division's full name, lists of departments, offices of a congress or a
 * government, the centre's organs; and what is no organisation of the text (a post, a plenum, the meeting's
 * own body, a longer name that starts with a known one).
 */
class OrganizationPhrasingsTest {

    static Stream<Arguments> phrasings() {
        // case, jurisdiction, paragraph, organisations expected, organisations not expected
        return Stream.of(
                Arguments.of("another province's bodies, the second of a list sharing the first's division", "盐湖区",
                        "会议听取了甘肃省委、省政府关于对口协作的情况介绍。",
                        List.of("甘肃省委", "甘肃省政府"), List.of("山西省政府", "山西省委")),
                Arguments.of("a county of another province with its province before it", "盐湖区",
                        "会议通报了河北省阜平县委开展结对帮扶的做法。",
                        List.of("阜平县委"), List.of("盐湖区委")),
                Arguments.of("a list of departments, the later ones without their level word", "伊州区",
                        "会议分别听取了区交通运输局、水利局、发改委的专题汇报。",
                        List.of("伊州区交通运输局", "伊州区水利局", "伊州区发改委"), List.of()),
                Arguments.of("a short department that is no list item", "伊州区",
                        "会议要求加强水利局建设的统筹。",
                        List.of(), List.of("伊州区水利局")),
                Arguments.of("offices of a congress, a CPPCC and a government", "松江区",
                        "会上，区人大法制委和区政协办公厅分别作了说明，区政府办负责督办。",
                        List.of("松江区人大法制委", "松江区政协办公厅", "松江区政府办"), List.of()),
                Arguments.of("a body named only in a post", "武进区",
                        "市委常委、区委书记邱明华，区人大常委会主任黄丽出席。",
                        List.of(), List.of("常州市委", "武进区人大常委会")),
                Arguments.of("a plenum and a committee of another organisation", "福清市",
                        "会议传达了市委十四届六次全会精神，审议了政协第十二届江西省委员会有关事项。",
                        List.of(), List.of("福清市委", "江西省委")),
                Arguments.of("organs of the centre, and a longer name that starts with the centre", "柳北区",
                        "会议传达学习了中共中央政治局会议精神，学习了中央文明办的通知和国务院办公厅的意见。",
                        List.of("中央文明办", "国务院办公厅"), List.of("中共中央", "国务院")),
                Arguments.of("the centre named alone", "柳北区",
                        "会议强调，要坚决贯彻党中央决策部署。",
                        List.of("中共中央"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void organisationsAsTheTextNamesThem(String name, String jurisdiction, String paragraph, List<String> expected,
                                         List<String> absent) {
        Extraction x = extract(jurisdiction, LocalDate.of(2024, 6, 1), "区委常委会召开会议", paragraph);
        Set<String> got = x.organizations().stream().map(Mention::canonical).collect(Collectors.toSet());
        for (String e : expected) {
            assertTrue(got.contains(e), e + " in " + got);
        }
        for (String a : absent) {
            assertFalse(got.contains(a), a + " in " + got);
        }
    }

    @org.junit.jupiter.api.Test
    void theBodyThatHeldTheMeetingIsNoOrganisationOfTheText() {
        Extraction x = extract("嘉定区", LocalDate.of(2024, 6, 1), "区人大常委会召开第41次主任会议",
                "5月8日，区六届人大常委会召开第41次主任会议，区人大常委会主任邵建民主持会议。",
                "会议听取了区检察院关于公益诉讼工作的报告。");
        Set<String> got = x.organizations().stream().map(Mention::canonical).collect(Collectors.toSet());
        assertFalse(got.contains("嘉定区人大常委会"), got.toString());
        assertTrue(got.contains("嘉定区检察院"), got.toString());
    }
}
