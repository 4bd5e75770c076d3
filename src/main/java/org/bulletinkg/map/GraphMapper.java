package org.bulletinkg.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.bulletinkg.extract.BulletinExtractor;
import org.bulletinkg.extract.DocumentFact;
import org.bulletinkg.extract.Evidence;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.Gazetteer;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.extract.MeetingFact;
import org.bulletinkg.extract.Mention;
import org.bulletinkg.extract.Participation;
import org.bulletinkg.extract.PersonFact;
import org.bulletinkg.extract.PostFact;
import org.bulletinkg.extract.StudySession;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;
import org.bulletinkg.resolve.Iris;
import org.bulletinkg.resolve.PersonScopes;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps one bulletin's extraction to quads in the bulletin's own named graph, streamed to a {@link StreamRDF}
 * (nothing is collected in a Model). Every fact read from a sentence gets an evidence record: the fact by RDF
 * reification, its offsets, the rule and a confidence, and the sentence, which the facts read from one sentence
 * share. The terms are those of
 * ontology/bulletin-kg.ttl; what the graph guarantees is written down in ontology/shapes.ttl.
 */
public final class GraphMapper {
    private static final Logger LOG = LoggerFactory.getLogger(GraphMapper.class);

    private final Lexicon lexicon;
    private final Schemes schemes;

    public GraphMapper(Lexicon lexicon) {
        this(lexicon, Schemes.standard());
    }

    public GraphMapper(Lexicon lexicon, Schemes schemes) {
        this.lexicon = lexicon;
        this.schemes = schemes;
    }

    /** The IRI of the named graph that holds a bulletin's facts. */
    public static Node graphOf(String bulletinName) {
        return NodeFactory.createURI(Iris.graph(bulletinName));
    }

    public void map(Extraction x, StreamRDF out) {
        new Writer(x, out).write();
    }

    private final class Writer {
        private final Extraction x;
        private final Bulletin b;
        private final StreamRDF out;
        private final Node g;
        private final Node bulletin;
        private final Node run = uri(Iris.extractionRun(BulletinExtractor.VERSION));
        private final Map<String, Node> people = new LinkedHashMap<>();
        private final Map<String, String> scopes;
        /** The sentences facts were read from so far, by their span in the text (start in the high int, end in the low). */
        private final Map<Long, Node> sentences = new HashMap<>();

        Writer(Extraction x, StreamRDF out) {
            this.x = x;
            this.b = x.bulletin();
            this.out = out;
            this.g = graphOf(b.name());
            this.bulletin = uri(Iris.bulletin(b.name()));
            this.scopes = PersonScopes.of(x, lexicon);
        }

        void write() {
            writeBulletin();
            for (PersonFact p : x.people()) {
                writePerson(p);
            }
            for (PersonFact r : x.reporters()) {
                Node p = person(r.name());
                fact(bulletin, BKG.reporter.asNode(), p, r.evidence());
            }
            Node previous = null;
            List<Node> meetings = new ArrayList<>();
            for (MeetingFact m : x.meetings()) {
                Node meeting = writeMeeting(m);
                meetings.add(meeting);
                if (previous != null) {
                    quad(previous, BKG.jointMeetingWith.asNode(), meeting);
                    quad(meeting, BKG.jointMeetingWith.asNode(), previous);
                }
                previous = meeting;
            }
            for (Mention o : x.organizations()) {
                Node org = uri(Iris.organization(o.canonical()));
                quad(org, RDF.type.asNode(), ORG.Organization.asNode());
                quad(org, RDFS.label.asNode(), zh(o.canonical()));
                fact(bulletin, BKG.mentionsOrganization.asNode(), org, o.evidence());
            }
            for (Mention p : x.places()) {
                Node place = uri(p.key() != null ? p.key() : Iris.place(p.canonical()));
                quad(place, RDF.type.asNode(), BKG.Place.asNode());
                quad(place, RDFS.label.asNode(), zh(p.canonical()));
                if (p.within() != null) {
                    quad(place, Vocab.schemaContainedInPlace, uri(p.within()));
                }
                fact(bulletin, BKG.mentionsPlace.asNode(), place, p.evidence());
            }
            for (Mention s : x.strategies()) {
                Node concept;
                if (s.candidate()) {
                    concept = uri(Iris.candidateStrategy(s.canonical()));
                    quad(concept, RDF.type.asNode(), BKG.CandidateStrategy.asNode());
                    quad(concept, RDF.type.asNode(), SKOS.Concept.asNode());
                } else {
                    concept = uri(s.key());
                }
                quad(concept, SKOS.prefLabel.asNode(), zh(s.canonical()));
                fact(bulletin, BKG.mentionsStrategy.asNode(), concept, s.evidence());
            }
            // Agenda items come last so that adding them left the evidence numbers of earlier facts as they were.
            for (int i = 0; i < meetings.size(); i++) {
                writeAgenda(meetings.get(i), x.meetings().get(i));
            }
        }

        private void writeBulletin() {
            quad(bulletin, RDF.type.asNode(), BKG.Bulletin.asNode());
            quad(bulletin, DCTerms.title.asNode(), zh(b.title()));
            quad(bulletin, BKG.fileName.asNode(), str(b.metadata().file() != null ? b.metadata().file() : b.name()));
            quad(bulletin, Vocab.schemaText, zh(b.text()));
            quad(bulletin, BKG.inputForm.asNode(), str(b.form().name()));
            quad(bulletin, BKG.charset.asNode(), str(b.charset()));
            quad(bulletin, Vocab.provWasGeneratedBy, run);
            if (b.published() != null) {
                quad(bulletin, Vocab.schemaDatePublished, typed(b.published().toString(), XSDDatatype.XSDdate));
            }
            if (b.metadata().sourceUrl() != null) {
                quad(bulletin, DCTerms.source.asNode(), uri(b.metadata().sourceUrl()));
            }
            if (b.sourceLabel() != null) {
                quad(bulletin, BKG.sourceName.asNode(), zh(b.sourceLabel()));
            }
            if (x.jurisdiction() != null && x.jurisdiction().division() != null) {
                Gazetteer.Division d = x.jurisdiction().division();
                Node place = uri(Iris.division(d.code()));
                quad(place, RDF.type.asNode(), BKG.Place.asNode());
                quad(place, RDFS.label.asNode(), zh(d.name()));
                quad(bulletin, BKG.jurisdiction.asNode(), place);
                quad(bulletin, BKG.jurisdictionSource.asNode(), str(x.jurisdiction().source()));
            } else if (b.metadata().jurisdiction() != null) {
                quad(bulletin, BKG.jurisdiction.asNode(), placeNode(b.metadata().jurisdiction()));
                quad(bulletin, BKG.jurisdictionSource.asNode(), str("manifest"));
            }
            quad(run, RDF.type.asNode(), BKG.ExtractionRun.asNode());
            quad(run, RDFS.label.asNode(), str("bulletin-kg extractor " + BulletinExtractor.VERSION));
        }

        private Node placeNode(String name) {
            Lexicon.Entry e = lexicon.places().get(name);
            Node place = uri(e != null ? e.key() : Iris.place(name));
            quad(place, RDF.type.asNode(), BKG.Place.asNode());
            quad(place, RDFS.label.asNode(), zh(e != null ? e.canonical() : name));
            return place;
        }

        private Node person(String name) {
            return people.computeIfAbsent(name, n -> {
                Node p = uri(Iris.person(n, scopes.getOrDefault(n, String.valueOf(x.jurisdictionName()))));
                quad(p, RDF.type.asNode(), Vocab.foafPerson);
                quad(p, Vocab.foafName, zh(n));
                quad(p, RDFS.label.asNode(), zh(n));
                return p;
            });
        }

        private void writePerson(PersonFact pf) {
            Node p = person(pf.name());
            fact(bulletin, BKG.mentionsPerson.asNode(), p, pf.evidence());
            String date = x.meetings().isEmpty() || x.meetings().get(0).date() == null ? null
                    : x.meetings().get(0).date().iso();
            for (PostFact post : pf.posts()) {
                Node h = uri(Iris.postHolding(b.name(), pf.name(), post.title()));
                quad(h, RDF.type.asNode(), BKG.PostHolding.asNode());
                quad(h, ORG.member.asNode(), p);
                quad(h, BKG.postTitle.asNode(), zh(post.title()));
                quad(h, BKG.observedIn.asNode(), bulletin);
                if (date != null && date.length() == 10) {
                    quad(h, BKG.observedOn.asNode(), typed(date, XSDDatatype.XSDdate));
                    writeTenure(h, date);
                }
                if (post.organization() != null) {
                    Node org = uri(Iris.organization(post.organization()));
                    quad(org, RDF.type.asNode(), ORG.Organization.asNode());
                    quad(org, RDFS.label.asNode(), zh(post.organization()));
                    quad(h, ORG.organization.asNode(), org);
                }
                evidenceFor(h, BKG.postTitle.asNode(), zh(post.title()), post.evidence());
            }
        }

        private Node writeMeeting(MeetingFact m) {
            String jurisdiction = x.jurisdictionName();
            String date = m.date() == null ? null : m.date().iso();
            Node meeting = uri(Iris.meeting(x.jurisdictionKey(), m.body(), m.kind(), m.number(), date, b.name()));
            quad(meeting, RDF.type.asNode(), BKG.Meeting.asNode());
            quad(meeting, Vocab.provWasDerivedFrom, bulletin);
            fact(bulletin, BKG.describesMeeting.asNode(), meeting, m.evidence());
            quad(meeting, BKG.bodyName.asNode(), zh(m.body()));
            String bodyCanonical = (jurisdiction != null && m.body().startsWith("区") && jurisdiction.endsWith("区")
                    ? jurisdiction.substring(0, jurisdiction.length() - 1) : "") + m.body();
            Node body = uri(Iris.organization(bodyCanonical));
            quad(body, RDF.type.asNode(), ORG.Organization.asNode());
            quad(body, RDFS.label.asNode(), zh(bodyCanonical));
            quad(meeting, Vocab.schemaOrganizer, body);
            String parentName = Bodies.parentOf(bodyCanonical);
            if (parentName != null) {
                Node parent = uri(Iris.organization(parentName));
                quad(parent, RDF.type.asNode(), ORG.Organization.asNode());
                quad(parent, RDFS.label.asNode(), zh(parentName));
                quad(body, ORG.subOrganizationOf.asNode(), parent);
            }
            quad(meeting, BKG.meetingKind.asNode(), uri(Iris.kind(m.kind())));
            quad(meeting, RDFS.label.asNode(), zh(label(m)));
            if (m.number() != null) {
                quad(meeting, BKG.sessionNumber.asNode(), typed(m.number().toString(), XSDDatatype.XSDinteger));
            }
            if (m.term() != null) {
                quad(meeting, BKG.term.asNode(), typed(m.term().toString(), XSDDatatype.XSDinteger));
            }
            quad(meeting, BKG.expanded.asNode(), typed(Boolean.toString(m.expanded()), XSDDatatype.XSDboolean));
            if (date != null) {
                quad(meeting, Vocab.schemaStartDate,
                        typed(date, date.length() == 10 ? XSDDatatype.XSDdate : XSDDatatype.XSDgYearMonth));
                quad(meeting, BKG.dateSource.asNode(), str(m.dateSource()));
            }
            for (Participation p : m.participants()) {
                Node predicate = switch (p.role()) {
                    case CHAIR -> BKG.chair.asNode();
                    case ATTENDEE -> Vocab.schemaAttendee;
                    case NONVOTING -> BKG.nonVotingAttendee.asNode();
                    case PRESENTER -> BKG.presenter.asNode();
                    case INSTRUCTIONS -> BKG.conveyedInstructionsOf.asNode();
                };
                fact(meeting, predicate, person(p.person()), p.evidence());
            }
            for (DocumentFact d : m.documents()) {
                fact(meeting, BKG.reviewedDocument.asNode(), document(d.title()), d.evidence());
            }
            if (m.studySession() != null) {
                writeStudySession(meeting, m.studySession());
            }
            return meeting;
        }

        /** The study session before the meeting: an event of its own, with its topic and lecturers. */
        private void writeStudySession(Node meeting, StudySession s) {
            Node study = uri(Iris.studySession(meeting.getURI()));
            quad(study, RDF.type.asNode(), Vocab.schemaEvent);
            quad(study, RDFS.label.asNode(), zh("会前学习"));
            if (s.topic() != null) {
                quad(study, Vocab.schemaDescription, zh(s.topic()));
            }
            fact(meeting, Vocab.schemaSubEvent, study, s.evidence());
            for (String lecturer : s.lecturers()) {
                quad(study, Vocab.schemaPerformer, person(lecturer));
            }
        }

        /** A document with what its title says: type, year and jurisdiction. */
        private Node document(String title) {
            Node doc = uri(Iris.document(title));
            quad(doc, RDF.type.asNode(), BKG.PolicyDocument.asNode());
            quad(doc, DCTerms.title.asNode(), zh(title));
            DocumentTitle t = DocumentTitle.read(title, schemes,
                    x.jurisdiction() == null ? null : x.jurisdiction().division());
            if (t.typeIri() != null) {
                quad(doc, BKG.documentType.asNode(), uri(t.typeIri()));
            }
            if (t.year() != null) {
                quad(doc, BKG.documentYear.asNode(), typed(t.year().toString(), XSDDatatype.XSDgYear));
            }
            if (t.jurisdictionIri() != null) {
                Node place = uri(t.jurisdictionIri());
                quad(place, RDF.type.asNode(), BKG.Place.asNode());
                quad(place, RDFS.label.asNode(), zh(t.jurisdictionName()));
                quad(doc, BKG.documentJurisdiction.asNode(), place);
            }
            return doc;
        }

        /**
         * One agenda item per document the meeting dealt with: what was done (the action concept, with the
         * sentence as evidence) and to which document. bkg:reviewedDocument stays as the shortcut.
         */
        private void writeAgenda(Node meeting, MeetingFact m) {
            for (DocumentFact d : m.documents()) {
                Node item = uri(Iris.agendaItem(meeting.getURI(), d.title()));
                quad(item, RDF.type.asNode(), BKG.AgendaItem.asNode());
                quad(item, RDFS.label.asNode(), zh((d.action() == null ? "" : d.action()) + "《" + d.title() + "》"));
                quad(meeting, BKG.hasAgendaItem.asNode(), item);
                quad(item, BKG.concernsDocument.asNode(), uri(Iris.document(d.title())));
                String action = schemes.action(d.action());
                if (action != null) {
                    fact(item, BKG.agendaAction.asNode(), uri(action), d.evidence());
                } else if (d.action() != null) {
                    // The shapes require an action, so `validate` reports the item: add the verb to ontology/schemes.ttl.
                    LOG.warn("agenda verb '{}' is not in the action scheme (ontology/schemes.ttl)", d.action());
                }
            }
        }

        /** OWL-Time form of bkg:observedOn: the holding's interval has the meeting's day inside it. */
        private void writeTenure(Node holding, String isoDate) {
            Node interval = uri(Iris.tenure(holding.getURI()));
            Node day = uri(Iris.day(isoDate));
            quad(holding, ORG.memberDuring.asNode(), interval);
            quad(interval, RDF.type.asNode(), Vocab.timeInterval);
            quad(interval, Vocab.timeInside, day);
            quad(day, RDF.type.asNode(), Vocab.timeInstant);
            quad(day, Vocab.timeInXSDDate, typed(isoDate, XSDDatatype.XSDdate));
        }

        private String label(MeetingFact m) {
            StringBuilder s = new StringBuilder();
            if (x.jurisdictionName() != null) {
                s.append(x.jurisdictionName()).append(' ');
            }
            s.append(m.body());
            if (m.number() != null) {
                s.append(" 第").append(m.number()).append("次会议");
            } else {
                s.append("会议");
            }
            if (m.date() != null && m.date().iso() != null) {
                s.append(" (").append(m.date().iso()).append(')');
            }
            return s.toString();
        }

        /** A fact and its evidence. */
        private void fact(Node s, Node p, Node o, Evidence ev) {
            quad(s, p, o);
            evidenceFor(s, p, o, ev);
        }

        /**
         * The evidence record of a fact: the fact reified, its offsets, rule and confidence, and the sentence
         * it was read from. Records carry no rdf:type (the ontology's header says why).
         */
        private void evidenceFor(Node s, Node p, Node o, Evidence ev) {
            Node e = uri(Iris.evidence(b.name(), NodeFmtLib.strNT(s), NodeFmtLib.strNT(p), NodeFmtLib.strNT(o),
                    ev.start(), ev.end(), ev.rule()));
            quad(e, RDF.subject.asNode(), s);
            quad(e, RDF.predicate.asNode(), p);
            quad(e, RDF.object.asNode(), o);
            quad(e, BKG.inSentence.asNode(), sentence(ev));
            quad(e, BKG.startOffset.asNode(), integer(ev.start()));
            quad(e, BKG.endOffset.asNode(), integer(ev.end()));
            quad(e, BKG.rule.asNode(), str(ev.rule()));
            quad(e, BKG.confidence.asNode(), typed(canonicalDecimal(ev.confidence()), XSDDatatype.XSDdecimal));
        }

        /**
         * The sentence a piece of evidence lies in, written once per bulletin however many facts rest on it.
         * Evidence that runs past its sentence's end (a list of names continued) widens the span quoted.
         */
        private Node sentence(Evidence ev) {
            Span sentence = b.sentenceAt(ev.start());
            int start = sentence != null ? Math.min(sentence.start(), ev.start()) : ev.start();
            int end = Math.min(sentence != null ? Math.max(sentence.end(), ev.end()) : ev.end(), b.text().length());
            return sentences.computeIfAbsent(((long) start << 32) | end, k -> {
                Node n = uri(Iris.sentence(b.name(), start, end));
                quad(n, RDF.type.asNode(), BKG.Sentence.asNode());
                quad(n, BKG.sentenceText.asNode(), zh(b.text().substring(start, end)));
                quad(n, BKG.sentenceStart.asNode(), integer(start));
                quad(n, BKG.extractedFrom.asNode(), bulletin);
                return n;
            });
        }

        private void quad(Node s, Node p, Node o) {
            out.quad(Quad.create(g, s, p, o));
        }
    }

    /**
     * The canonical xsd:decimal form (0.9, not 0.90): TDB2 keeps decimals by value, so a non-canonical form
     * written would not be the term read back, and a re-stored graph would differ from the first.
     */
    static String canonicalDecimal(double d) {
        String s = BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node typed(String lex, XSDDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }

}
