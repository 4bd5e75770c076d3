package org.bulletinkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The server-drawn charts and the marked text of a bulletin, on small made-up inputs. */
class WebChartsTest {
    @Test
    void monthsWithoutMentionsAreGapsOnTheAxis() {
        Chart c = Chart.months(List.of(new Chart.MonthCount("2020-11", 2), new Chart.MonthCount("2021-02", 4)));
        assertEquals(2, c.bars().size());
        Chart.Bar nov = c.bars().get(0), feb = c.bars().get(1);
        Chart one = Chart.months(List.of(new Chart.MonthCount("2020-11", 1), new Chart.MonthCount("2020-12", 1)));
        int monthWidth = one.bars().get(1).x() - one.bars().get(0).x();
        assertEquals(3 * monthWidth, feb.x() - nov.x(), "three months apart: December and January left empty");
        assertEquals(2 * nov.height(), feb.height(), "heights in proportion");
        assertEquals(List.of("2020-11", "2021-01"), c.ticks().stream().map(Chart.Tick::label).toList());
        assertEquals("2021-02: 4", feb.title());
    }

    @Test
    void aCareerIsOneBarPerPostInOrderOfTime() {
        Chart c = Chart.timeline(List.of(new Chart.Span("区长", "2018-01-05", "2019-06-01", ""),
                new Chart.Span("区委书记", "2019-07-01", "2021-03-01", "")));
        assertEquals(2, c.bars().size());
        assertTrue(c.bars().get(0).x() < c.bars().get(1).x());
        assertTrue(c.bars().get(1).y() > c.bars().get(0).y());
        assertTrue(c.ticks().stream().anyMatch(t -> t.label().equals("2020")));
    }

    @Test
    void undatedSpansAreLeftOffTheChart() {
        assertEquals(0, Chart.timeline(List.of(new Chart.Span("区长", "", "", ""))).bars().size());
    }

    @Test
    void overlappingFactsCutTheTextIntoRunsThatKnowTheirFacts() {
        String text = "主任张三主持会议。";
        Link none = Link.to("", "", "");
        Value v = new Value(null, "x", "");
        List<BulletinPage.MarkedFact> facts = List.of(
                new BulletinPage.MarkedFact(1, none, none, v, 0, 9, text, "0.99", "chair"),
                new BulletinPage.MarkedFact(2, none, none, v, 2, 4, "张三", "0.98", "post-name"));
        List<BulletinPage.Segment> s = BulletinPage.segments(text, facts);
        assertEquals(List.of("主任", "张三", "主持会议。"), s.stream().map(BulletinPage.Segment::text).toList());
        assertEquals(List.of(1, 2), s.get(1).facts());
        assertEquals(2, s.get(1).depth());
        assertEquals(List.of(1), s.get(2).facts());
    }

    @Test
    void evidenceOffsetsOutsideTheSentenceAreClipped() {
        EvidenceView e = EvidenceView.of("主任张三主持会议。", 108, 110, 112, "0.98", "r", Link.to("", "", ""), "");
        assertEquals("主任", e.before());
        assertEquals("张三", e.marked());
        assertEquals("主持会议。", e.after());
        EvidenceView past = EvidenceView.of("短句。", 10, 5, 99, "", "", Link.to("", "", ""), "");
        assertEquals("短句。", past.marked());
    }

    @Test
    void pagesLinkOnlyToWebAddressesAndTheirOwnPaths() {
        assertEquals("/id/person/x-1", Link.localHref("https://w3id.org/bulletin-kg/id/person/x-1"));
        assertEquals("/ontology#chair", Link.localHref("https://w3id.org/bulletin-kg/ontology#chair"));
        assertEquals("https://www.wikidata.org/entity/Q1", Link.localHref("https://www.wikidata.org/entity/Q1"));
        assertEquals("", Link.localHref("javascript:alert(1)"));
        assertEquals("", EvidenceView.of("句。", 0, 0, 1, "", "", Link.to("", "", ""), " JavaScript:alert(1)").sourceUrl());
    }

    @Test
    void contentNegotiationPrefersWhatTheClientAsksFor() {
        assertEquals(Representation.HTML, Representation.choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", null));
        assertEquals(Representation.TURTLE, Representation.choose("text/turtle", null));
        assertEquals(Representation.JSONLD, Representation.choose("application/ld+json, text/turtle;q=0.5", null));
        assertEquals(Representation.NTRIPLES, Representation.choose("application/n-triples", null));
        assertEquals(Representation.HTML, Representation.choose("*/*", null));
        assertEquals(Representation.NTRIPLES, Representation.choose("text/html", "nt"));
        assertEquals(null, Representation.choose("image/png", null));
    }
}
