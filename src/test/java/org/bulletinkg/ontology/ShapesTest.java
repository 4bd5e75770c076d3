package org.bulletinkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;
import org.junit.jupiter.api.Test;

/**
 * The shapes accept the graph the samples build and reject graphs that break what they promise; each broken graph
 * is the samples' graph with one defect, and the report must point at that defect.
 */
class ShapesTest {
    private static final ShapeValidation SHAPES = ShapeValidation.standard();
    private static final Node M174 = NodeFactory.createURI(
            "https://w3id.org/bulletin-kg/id/meeting/cn-110108/qu-wei-chang-wei-hui-0edc/174");

    private static List<ReportEntry> results(Graph g) {
        ValidationReport r = SHAPES.validate(g);
        assertEquals(r.conforms(), r.getEntries().isEmpty());
        return List.copyOf(r.getEntries());
    }

    private static void assertReported(List<ReportEntry> results, Node focus, Node path) {
        assertFalse(results.isEmpty(), "the defect was not reported");
        assertTrue(results.stream().anyMatch(e -> e.focusNode().equals(focus)
                        && e.resultPath() != null && e.resultPath().toString().contains(path.getURI())),
                "no result for " + focus + " " + path + " among " + results);
    }

    private static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }

    @Test
    void theWholeGazetteerConforms() {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        OntologyFiles.vocabulary().getGraph().find().forEachRemaining(g::add);
        org.bulletinkg.map.DivisionGraph.quads(org.bulletinkg.extract.Gazetteer.standard()).forEach(q -> g.add(q.asTriple()));
        ValidationReport r = SHAPES.validate(g);
        StringWriter text = new StringWriter();
        SHAPES.describe(r, new PrintWriter(text, true), 20);
        assertTrue(r.conforms(), text.toString());
    }

    @Test
    void samplesGraphConforms() {
        ValidationReport r = SHAPES.validate(SampleGraph.copy());
        StringWriter text = new StringWriter();
        SHAPES.describe(r, new PrintWriter(text, true), 20);
        assertTrue(r.conforms(), text.toString());
        assertTrue(text.toString().contains("conforms"), text.toString());
    }

    @Test
    void aMeetingWithTwoSessionNumbersIsReported() {
        Graph g = SampleGraph.copy();
        assertTrue(g.contains(M174, BKG.sessionNumber.asNode(), Node.ANY), "fixture: the 174th meeting is in the samples");
        g.add(Triple.create(M174, BKG.sessionNumber.asNode(), NodeFactory.createLiteralDT("175", XSDDatatype.XSDinteger)));
        assertReported(results(g), M174, BKG.sessionNumber.asNode());
    }

    @Test
    void aMeetingWithoutItsBodyIsReported() {
        Graph g = SampleGraph.copy();
        g.remove(M174, Vocab.schemaOrganizer, Node.ANY);
        assertReported(results(g), M174, Vocab.schemaOrganizer);
    }

    @Test
    void aChairWhoIsNoPersonIsReported() {
        Graph g = SampleGraph.copy();
        Node body = one(g, M174, Vocab.schemaOrganizer);
        g.add(Triple.create(M174, BKG.chair.asNode(), body));
        assertReported(results(g), M174, BKG.chair.asNode());
    }

    @Test
    void aFactWithoutEvidenceIsReported() {
        Graph g = SampleGraph.copy();
        Node chair = one(g, M174, BKG.chair.asNode());
        Node evidence = g.find(Node.ANY, RDF.subject.asNode(), M174).filterKeep(
                t -> g.contains(t.getSubject(), RDF.predicate.asNode(), BKG.chair.asNode())).next().getSubject();
        g.remove(evidence, Node.ANY, Node.ANY);
        List<ReportEntry> results = results(g);
        assertReported(results, M174, BKG.chair.asNode());
        assertTrue(results.stream().anyMatch(e -> chair.equals(e.value())), results.toString());
    }

    @Test
    void anEvidenceRecordWithoutItsSentenceIsReported() {
        Graph g = SampleGraph.copy();
        Node evidence = g.find(Node.ANY, RDF.subject.asNode(), M174).filterKeep(
                t -> g.contains(t.getSubject(), RDF.predicate.asNode(), BKG.chair.asNode())).next().getSubject();
        g.remove(evidence, BKG.inSentence.asNode(), Node.ANY);
        assertReported(results(g), evidence, BKG.inSentence.asNode());
    }

    @Test
    void aSentenceNoFactRestsOnIsReported() {
        Graph g = SampleGraph.copy();
        Node sentence = g.find(Node.ANY, RDF.type.asNode(), BKG.Sentence.asNode()).next().getSubject();
        g.remove(Node.ANY, BKG.inSentence.asNode(), sentence);
        List<ReportEntry> results = results(g);
        assertTrue(results.stream().anyMatch(e -> e.focusNode().equals(sentence)), results.toString());
    }

    @Test
    void evidenceForAFactTheGraphLacksIsReported() {
        Graph g = SampleGraph.copy();
        Node chair = one(g, M174, BKG.chair.asNode());
        Node evidence = g.find(Node.ANY, RDF.subject.asNode(), M174).filterKeep(
                t -> g.contains(t.getSubject(), RDF.predicate.asNode(), BKG.chair.asNode())).next().getSubject();
        g.remove(M174, BKG.chair.asNode(), chair);
        List<ReportEntry> results = results(g);
        assertTrue(results.stream().anyMatch(e -> e.focusNode().equals(evidence)
                && e.message().contains("does not hold")), results.toString());
    }

    @Test
    void anAgendaItemWithoutAnActionIsReported() {
        Graph g = SampleGraph.copy();
        Node item = one(g, M174, BKG.hasAgendaItem.asNode());
        g.remove(item, BKG.agendaAction.asNode(), Node.ANY);
        assertReported(results(g), item, BKG.agendaAction.asNode());
    }

    @Test
    void aReviewedDocumentWithoutAnAgendaItemIsReported() {
        Graph g = SampleGraph.copy();
        Node item = one(g, M174, BKG.hasAgendaItem.asNode());
        g.remove(M174, BKG.hasAgendaItem.asNode(), item);
        assertReported(results(g), M174, BKG.hasAgendaItem.asNode());
    }

    @Test
    void aTenureDateThatDisagreesWithObservedOnIsReported() {
        Graph g = SampleGraph.copy();
        Triple t = g.find(Node.ANY, BKG.observedOn.asNode(), Node.ANY).next();
        g.remove(t.getSubject(), t.getPredicate(), t.getObject());
        g.add(Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralDT("1999-01-01", XSDDatatype.XSDdate)));
        assertReported(results(g), t.getSubject(), Vocab.timeInXSDDate);
    }

    @Test
    void aConceptWithTwoChinesePreferredLabelsIsReported() {
        Graph g = SampleGraph.copy();
        Node liuWen = NodeFactory.createURI("https://w3id.org/bulletin-kg/id/strategy/liu-wen");
        g.add(Triple.create(liuWen, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang("六稳工作", "zh")));
        assertReported(results(g), liuWen, org.apache.jena.vocabulary.SKOS.prefLabel.asNode());
    }
}
