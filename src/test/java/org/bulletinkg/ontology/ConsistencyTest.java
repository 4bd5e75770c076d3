package org.bulletinkg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;
import org.junit.jupiter.api.Test;

/**
 * The ontology is consistent under Jena's OWL rule reasoner, alone and together with the graph the samples
 * build; and the same check does report inconsistencies, in a toy ontology and in data that breaks the
 * ontology's own disjointness axioms.
 */
class ConsistencyTest {

    private static ValidityReport check(Reasoner reasoner, Model m) {
        InfModel inf = ModelFactory.createInfModel(reasoner, m);
        return inf.validate();
    }

    private static String describe(ValidityReport r) {
        List<String> lines = new ArrayList<>();
        r.getReports().forEachRemaining(x -> lines.add(x.toString()));
        return String.join("\n", lines);
    }

    @Test
    void toyOntologyWithAnIndividualInDisjointClassesIsInconsistent() {
        Model toy = ModelFactory.createDefaultModel().read(new StringReader("""
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix : <http://example.org/toy#> .
                :Meeting a owl:Class ; owl:disjointWith :Person .
                :Person a owl:Class .
                :x a :Meeting , :Person .
                """), null, "TTL");
        assertFalse(check(ReasonerRegistry.getOWLReasoner(), toy).isValid());
    }

    @Test
    void ontologyWithItsSchemesAndPlacesIsConsistent() {
        ValidityReport r = check(ReasonerRegistry.getOWLReasoner(), OntologyFiles.vocabulary());
        assertTrue(r.isValid(), describe(r));
    }

    @Test
    void samplesGraphIsConsistentWithTheOntology() {
        Model m = ModelFactory.createModelForGraph(SampleGraph.copy());
        ValidityReport r = check(ReasonerRegistry.getOWLMiniReasoner(), m);
        assertTrue(r.isValid(), describe(r));
    }

    @Test
    void dataAgainstTheOntologysDisjointnessIsInconsistent() {
        Model m = OntologyFiles.vocabulary();
        var x = m.createResource("https://w3id.org/bulletin-kg/id/test/both");
        x.addProperty(RDF.type, BKG.Meeting);
        x.addProperty(RDF.type, m.wrapAsResource(Vocab.foafPerson));
        assertFalse(check(ReasonerRegistry.getOWLMiniReasoner(), m).isValid());
    }

    @Test
    void aLiteralOutsideAPropertysRangeIsInconsistent() {
        Model m = OntologyFiles.vocabulary();
        m.createResource("https://w3id.org/bulletin-kg/id/test/m")
                .addLiteral(BKG.sessionNumber, m.createTypedLiteral("2020-04-08",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        assertFalse(check(ReasonerRegistry.getOWLMiniReasoner(), m).isValid());
    }
}
