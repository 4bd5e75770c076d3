package org.bulletinkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a title tells about a document, and how the extractor's agenda verbs and bodies map to the schemes. */
class DocumentTitleTest {
    private static final Schemes SCHEMES = Schemes.standard();
    private static final String DOCTYPE = "https://w3id.org/bulletin-kg/id/doctype/";
    private static final String ACTION = "https://w3id.org/bulletin-kg/id/action/";
    private static final String PLACE = "https://w3id.org/bulletin-kg/id/place/";

    @Test
    void typeYearAndJurisdictionFromATitle() {
        DocumentTitle t = DocumentTitle.read("海淀区2020年固定资产投资推进方案", SCHEMES);
        assertEquals(DOCTYPE + "fangan", t.typeIri());
        assertEquals(2020, t.year());
        assertEquals("海淀区", t.jurisdictionName());
        assertEquals(PLACE + "cn-110108", t.jurisdictionIri());
    }

    @Test
    void theLongestTypeWordWins() {
        assertEquals(DOCTYPE + "shishi-fangan", SCHEMES.documentType("昌平区党史学习教育实施方案"));
        assertEquals(DOCTYPE + "qingkuang-baogao", SCHEMES.documentType("2019年海淀区法治政府建设情况报告"));
        assertEquals(DOCTYPE + "xingdong-jihua", SCHEMES.documentType("朝阳区2022年疏解整治促提升专项行动计划"));
        assertEquals(DOCTYPE + "cuoshi", SCHEMES.documentType("昌平区关于深化接诉即办改革的若干措施"));
    }

    @Test
    void aTrailingBracketDoesNotHideTheType() {
        assertEquals(DOCTYPE + "guanli-banfa", SCHEMES.documentType("海淀区政府投资项目管理办法（试行）"));
        assertEquals(DOCTYPE + "jueyi", SCHEMES.documentType("关于批准2020年区级预算调整方案的决议（草案）"));
    }

    @Test
    void aTitleEndingInNoKnownTypeHasNone() {
        assertNull(SCHEMES.documentType("习近平谈治国理政"));
    }

    @Test
    void aDistrictWinsOverItsCityAndAPlannedYearIsNoYear() {
        DocumentTitle t = DocumentTitle.read(
                "中共北京市西城区委关于制定西城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议", SCHEMES);
        assertEquals("西城区", t.jurisdictionName());
        assertNull(t.year());
        assertEquals(DOCTYPE + "jianyi", t.typeIri());
    }

    @Test
    void ofTwoDistrictsTheFirstNamedIsTheJurisdiction() {
        // 朝阳区 is a district of Beijing and of Changchun: the bulletin's jurisdiction (a Beijing district) decides
        org.bulletinkg.extract.Gazetteer g = org.bulletinkg.extract.Gazetteer.standard();
        assertEquals("朝阳区", DocumentTitle.read("朝阳区与海淀区结对协作工作方案", SCHEMES,
                g.jurisdiction("西城区", null)).jurisdictionName());
        assertEquals("https://w3id.org/bulletin-kg/id/place/cn-110105", DocumentTitle.read("朝阳区与海淀区结对协作工作方案",
                SCHEMES, g.jurisdiction("西城区", null)).jurisdictionIri());
        // without it, the one name that is sure
        assertEquals("海淀区", DocumentTitle.read("朝阳区与海淀区结对协作工作方案", SCHEMES).jurisdictionName());
        assertEquals("北京市", DocumentTitle.read("北京市2021年重点工程计划", SCHEMES).jurisdictionName());
    }

    @Test
    void aTitleWithoutAPlaceNameHasNoJurisdiction() {
        assertNull(DocumentTitle.read("区政协2020年度委员履职考评办法", SCHEMES).jurisdictionIri());
    }

    @Test
    void everyAgendaVerbOfTheExtractorIsAnAction() {
        // The verbs extract.DocumentReader gives, most specific first.
        String[][] verbs = {{"审议通过", "shenyi-tongguo"}, {"原则通过", "yuanze-tongguo"}, {"表决通过", "biaojue-tongguo"},
                {"审议并通过", "shenyi-tongguo"}, {"研究通过", "yanjiu-tongguo"}, {"讨论通过", "taolun-tongguo"},
                {"审议", "shenyi"}, {"研究", "yanjiu"}, {"讨论", "taolun"}, {"听取", "tingqu"}, {"传达学习", "chuanda-xuexi"},
                {"学习", "xuexi"}, {"审定", "shending"}, {"通过", "tongguo"}, {"部署", "bushu"}, {"印发", "yinfa"}};
        for (String[] v : verbs) {
            assertEquals(ACTION + v[1], SCHEMES.action(v[0]), v[0]);
        }
        assertNull(SCHEMES.action("散步"));
        assertNull(SCHEMES.action(null));
    }

    @Test
    void aStandingCommitteeBelongsToTheBodyItIsNamedAfter() {
        assertEquals("海淀区委", Bodies.parentOf("海淀区委常委会"));
        assertEquals("西城区人大", Bodies.parentOf("西城区人大常委会"));
        assertEquals("区政协", Bodies.parentOf("区政协常委会"));
        assertNull(Bodies.parentOf("朝阳区政府"));
        assertNull(Bodies.parentOf("区碳达峰碳中和工作领导小组"));
        assertNull(Bodies.parentOf("常委会"));
    }
}
