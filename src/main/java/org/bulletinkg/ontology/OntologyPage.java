package org.bulletinkg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * The ontology's documentation page: one self-contained HTML file (no scripts, no fetched styles) that a browser
 * opens from the file system. It lists every class and property of the ontology with both labels, comments,
 * domains, ranges and axioms; the reused terms; the concept schemes; the places; and the SHACL shapes. It is
 * generated from the Turtle, so it always says what the ontology says.
 */
public final class OntologyPage {
    private static final Property SCHEMA_CONTAINED_IN_PLACE =
            ResourceFactory.createProperty(Vocab.schemaContainedInPlace.getURI());

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
              max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
            h1{margin-bottom:.2rem} h2{border-bottom:2px solid #ccc;margin-top:2.5rem}
            .term{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
            .term h3{margin:.2rem 0} .iri{color:#555;font-size:.9em}
            table{border-collapse:collapse;width:100%;margin:.5rem 0} th,td{border:1px solid #ddd;padding:.3rem .5rem;
              text-align:left;vertical-align:top} th{background:#f4f4f4}
            table.axioms th{width:11rem;background:none;font-weight:600}
            code{font-size:.92em} a{color:#0b57d0;text-decoration:none} a:hover{text-decoration:underline}
            .zh{color:#333} nav ul{columns:2}
            """;

    private final Model onto;
    private final Model schemes;
    private final Model places;
    private final Model shapes;
    private final PrefixMapping prefixes;
    private final Terms terms;
    private final StringBuilder out = new StringBuilder();

    private OntologyPage(Model onto, Model schemes, Model places, Model shapes) {
        this.onto = onto;
        this.schemes = schemes;
        this.places = places;
        this.shapes = shapes;
        this.prefixes = Terms.prefixesOf(new LinkedHashSet<>(List.of(onto, schemes, places, shapes)));
        Map<String, String> anchors = new LinkedHashMap<>();
        for (Resource r : ownTerms(null)) {
            anchors.put(r.getURI(), Terms.anchorOf(r.getURI(), prefixes));
        }
        for (Resource r : reusedTerms()) {
            anchors.put(r.getURI(), Terms.anchorOf(r.getURI(), prefixes));
        }
        schemes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEachRemaining(
                r -> anchors.put(r.getURI(), Terms.anchorOf(r.getURI(), prefixes)));
        schemes.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(
                r -> anchors.put(r.getURI(), Terms.anchorOf(r.getURI(), prefixes)));
        places.listSubjectsWithProperty(RDF.type, BKG.Place).forEachRemaining(
                r -> anchors.put(r.getURI(), Terms.anchorOf(r.getURI(), prefixes)));
        this.terms = new Terms(prefixes, anchors);
    }

    /** The page for the ontology files the program carries. */
    public static String render() {
        Model schemes = OntologyFiles.load(OntologyFiles.SCHEMES);
        schemes.add(OntologyFiles.load(OntologyFiles.STRATEGIES));
        return new OntologyPage(OntologyFiles.load(OntologyFiles.ONTOLOGY), schemes,
                OntologyFiles.load(OntologyFiles.PLACES), OntologyFiles.load(OntologyFiles.SHAPES)).html();
    }

    private String html() {
        Resource ontology = onto.listSubjectsWithProperty(RDF.type, OWL.Ontology).next();
        String en = Terms.text(ontology, RDFS.label, "en");
        String zh = Terms.text(ontology, RDFS.label, "zh");
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(en + " · " + zh)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(ontology, en, zh);
        contents();
        termSection("classes", "Classes 类", OWL.Class);
        termSection("object-properties", "Object properties 对象属性", OWL.ObjectProperty);
        termSection("datatype-properties", "Datatype properties 数据属性", OWL.DatatypeProperty);
        termSection("annotation-properties", "Annotation properties 注释属性", OWL.AnnotationProperty);
        reused();
        conceptSchemes();
        placeTree();
        shapeList();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void header(Resource ontology, String en, String zh) {
        out.append("<header>\n<h1>").append(Html.esc(en)).append(" · ").append(Html.lang(zh, "zh")).append("</h1>\n");
        out.append("<p class=\"iri\">IRI <code>").append(Html.esc(ontology.getURI())).append("</code>");
        for (RDFNode v : Terms.objects(ontology, OWL.versionInfo)) {
            out.append(" · version ").append(Html.esc(v.asLiteral().getLexicalForm()));
        }
        out.append(" · namespace <code>").append(Html.esc(BKG.NS)).append("</code> (prefix <code>bkg:</code>)</p>\n");
        comments(ontology);
        out.append("<p>Files: ");
        List<String> files = new ArrayList<>();
        for (String source : OntologyFiles.ALL) {
            files.add(source);
            for (OntologyExport.Format f : OntologyExport.Format.values()) {
                files.add(f.fileName(source));
            }
        }
        for (int i = 0; i < files.size(); i++) {
            out.append(i == 0 ? "" : " · ").append("<a href=\"").append(Html.esc(files.get(i))).append("\">")
                    .append(Html.esc(files.get(i))).append("</a>");
        }
        out.append("</p>\n</header>\n");
    }

    private void contents() {
        out.append("<nav>\n<h2>Contents 目录</h2>\n<ul>\n");
        String[][] sections = {{"classes", "Classes 类"}, {"object-properties", "Object properties 对象属性"},
                {"datatype-properties", "Datatype properties 数据属性"}, {"annotation-properties", "Annotation properties 注释属性"},
                {"reused", "Reused terms 复用术语"}, {"schemes", "Concept schemes 概念体系"},
                {"places", "Places 地点"}, {"shapes", "Shapes 数据约束"}};
        for (String[] s : sections) {
            out.append("<li><a href=\"#").append(s[0]).append("\">").append(Html.esc(s[1])).append("</a></li>\n");
        }
        out.append("</ul>\n</nav>\n");
    }

    /** The ontology's own terms of one kind (all kinds when null), sorted by local name. */
    private List<Resource> ownTerms(Resource kind) {
        Set<Resource> found = new HashSet<>();
        for (Resource k : kind == null ? List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                : List.of(kind)) {
            onto.listSubjectsWithProperty(RDF.type, k).filterKeep(r -> r.isURIResource() && r.getURI().startsWith(BKG.NS))
                    .forEachRemaining(found::add);
        }
        return found.stream().sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private List<Resource> reusedTerms() {
        return onto.listSubjectsWithProperty(RDFS.isDefinedBy)
                .filterKeep(r -> r.isURIResource() && !r.getURI().startsWith(BKG.NS)).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private void termSection(String id, String title, Resource kind) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.esc(title)).append("</h2>\n");
        List<Resource> list = ownTerms(kind);
        if (list.isEmpty()) {
            out.append("<p>None: reused annotation properties (rdfs:label, skos:prefLabel, dcterms:title …) serve.</p>\n");
        }
        for (Resource r : list) {
            card(r);
        }
        out.append("</section>\n");
    }

    private void card(Resource r) {
        String anchor = Terms.anchorOf(r.getURI(), prefixes);
        out.append("<div class=\"term\" id=\"").append(Html.esc(anchor)).append("\">\n<h3>")
                .append(Html.esc(Terms.text(r, RDFS.label, "en"))).append(" · ")
                .append(Html.lang(Terms.text(r, RDFS.label, "zh"), "zh")).append(" <code>")
                .append(Html.esc(terms.name(r.getURI()))).append("</code></h3>\n");
        out.append("<div class=\"iri\">").append(Html.esc(r.getURI())).append("</div>\n");
        comments(r);
        out.append("<table class=\"axioms\">\n");
        row("Type", terms.links(Terms.objects(r, RDF.type)));
        row("Subclass of", terms.links(Terms.objects(r, RDFS.subClassOf)));
        row("Superclass of", terms.links(Terms.subjects(onto, RDFS.subClassOf, r)));
        row("Disjoint with", terms.links(disjoint(r)));
        row("Subproperty of", terms.links(Terms.objects(r, RDFS.subPropertyOf)));
        row("Superproperty of", terms.links(Terms.subjects(onto, RDFS.subPropertyOf, r)));
        row("Inverse of", terms.links(Terms.objects(r, OWL.inverseOf)));
        row("Domain", terms.links(Terms.objects(r, RDFS.domain)));
        row("Range", terms.links(Terms.objects(r, RDFS.range)));
        row("In the domain of", terms.links(Terms.subjects(onto, RDFS.domain, r)));
        row("In the range of", terms.links(Terms.subjects(onto, RDFS.range, r)));
        out.append("</table>\n</div>\n");
    }

    /** owl:disjointWith is symmetric: show it from both ends. */
    private List<RDFNode> disjoint(Resource r) {
        List<RDFNode> all = new ArrayList<>(Terms.objects(r, OWL.disjointWith));
        all.addAll(Terms.subjects(onto, OWL.disjointWith, r));
        return all.stream().distinct().sorted(Comparator.comparing(RDFNode::toString)).toList();
    }

    private void row(String name, String html) {
        if (!html.isEmpty()) {
            out.append("<tr><th>").append(Html.esc(name)).append("</th><td>").append(html).append("</td></tr>\n");
        }
    }

    private void comments(Resource r) {
        for (String c : Terms.texts(r, RDFS.comment, "en")) {
            out.append("<p>").append(Html.esc(c)).append("</p>\n");
        }
        for (String c : Terms.texts(r, RDFS.comment, "zh")) {
            out.append("<p class=\"zh\" lang=\"zh\">").append(Html.esc(c)).append("</p>\n");
        }
    }

    private void reused() {
        out.append("<section id=\"reused\">\n<h2>Reused terms 复用术语</h2>\n")
                .append("<p>Terms of W3C ORG, schema.org, FOAF, SKOS, PROV-O, OWL-Time and Dublin Core that the graph uses, ")
                .append("with what they carry here. Their domains and ranges are those of their own vocabularies.</p>\n")
                .append("<table>\n<tr><th>term</th><th>kind</th><th>English</th><th>中文</th><th>use here</th></tr>\n");
        for (Resource r : reusedTerms()) {
            out.append("<tr id=\"").append(Html.esc(Terms.anchorOf(r.getURI(), prefixes))).append("\"><td><a href=\"")
                    .append(Html.esc(r.getURI())).append("\"><code>").append(Html.esc(terms.name(r.getURI())))
                    .append("</code></a></td><td>").append(terms.links(Terms.objects(r, RDF.type))).append("</td><td>")
                    .append(Html.esc(Terms.text(r, RDFS.label, "en"))).append("</td><td>")
                    .append(Html.lang(Terms.text(r, RDFS.label, "zh"), "zh")).append("</td><td>")
                    .append(Html.esc(Terms.text(r, RDFS.comment, "en"))).append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    private void conceptSchemes() {
        out.append("<section id=\"schemes\">\n<h2>Concept schemes 概念体系</h2>\n");
        List<Resource> list = schemes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource scheme : list) {
            out.append("<div class=\"term\" id=\"").append(Html.esc(Terms.anchorOf(scheme.getURI(), prefixes)))
                    .append("\">\n<h3>").append(Html.esc(Terms.text(scheme, SKOS.prefLabel, "en"))).append(" · ")
                    .append(Html.lang(Terms.text(scheme, SKOS.prefLabel, "zh"), "zh")).append(" <code>")
                    .append(Html.esc(terms.name(scheme.getURI()))).append("</code></h3>\n");
            for (String d : Terms.texts(scheme, SKOS.definition, "en")) {
                out.append("<p>").append(Html.esc(d)).append("</p>\n");
            }
            out.append("<table>\n<tr><th>concept</th><th>中文</th><th>English</th><th>other labels</th>")
                    .append("<th>notes</th><th>source</th></tr>\n");
            Set<Resource> seen = new HashSet<>();
            for (Resource top : topConcepts(scheme)) {
                concept(top, 0, seen);
            }
            out.append("</table>\n</div>\n");
        }
        out.append("</section>\n");
    }

    /** Concepts of a scheme with no broader concept, sorted. */
    private List<Resource> topConcepts(Resource scheme) {
        return Terms.subjects(schemes, SKOS.inScheme, scheme).stream()
                .filter(c -> !c.hasProperty(SKOS.broader)).toList();
    }

    private void concept(Resource c, int depth, Set<Resource> seen) {
        if (!seen.add(c)) {
            return;
        }
        List<String> notes = new ArrayList<>();
        for (Property p : List.of(SKOS.notation, SKOS.definition, SKOS.scopeNote, SKOS.historyNote, SKOS.editorialNote)) {
            for (RDFNode n : Terms.objects(c, p)) {
                notes.add(n.asLiteral().getLexicalForm());
            }
        }
        out.append("<tr id=\"").append(Html.esc(Terms.anchorOf(c.getURI(), prefixes))).append("\"><td>")
                .append("&nbsp;&nbsp;".repeat(depth * 2)).append(depth > 0 ? "└ " : "")
                .append("<code>").append(Html.esc(terms.name(c.getURI()))).append("</code></td><td>")
                .append(Html.lang(Terms.text(c, SKOS.prefLabel, "zh"), "zh")).append("</td><td>")
                .append(Html.esc(Terms.text(c, SKOS.prefLabel, "en"))).append("</td><td>")
                .append(Html.lang(String.join("；", Terms.texts(c, SKOS.altLabel, "zh")), "zh")).append("</td><td>")
                .append(Html.esc(String.join("; ", notes))).append("</td><td>")
                .append(terms.links(Terms.objects(c, DCTerms.source))).append("</td></tr>\n");
        for (Resource n : Terms.subjects(schemes, SKOS.broader, c)) {
            concept(n, depth + 1, seen);
        }
    }

    private void placeTree() {
        out.append("<section id=\"places\">\n<h2>Places 地点</h2>\n")
                .append("<p>Places that are no administrative division (ontology/places.ttl): zones, parks, landmarks, ")
                .append("each under the division that holds it. The ")
                .append(String.format("%,d", org.bulletinkg.extract.Gazetteer.standard().all().size()))
                .append(" divisions of China come from the national ")
                .append("gazetteer, served in every database as the graph …/graph/ontology/divisions; ")
                .append("the hierarchy is <code>schema:containedInPlace</code>.</p>\n")
                .append("<table>\n<tr><th>place</th><th>中文</th><th>English</th><th>type</th><th>short forms</th>")
                .append("<th>same as</th></tr>\n");
        Set<Resource> seen = new HashSet<>();
        // a root is a place whose parent is not a place of this file (none, or a division of the gazetteer)
        places.listSubjectsWithProperty(RDF.type, BKG.Place)
                .filterDrop(p -> Terms.objects(p, SCHEMA_CONTAINED_IN_PLACE).stream()
                        .anyMatch(o -> o.isResource() && places.contains(o.asResource(), RDF.type, BKG.Place)))
                .toList().stream().sorted(Comparator.comparing(Resource::getURI)).forEach(p -> place(p, 0, seen));
        out.append("</table>\n</section>\n");
    }

    private void place(Resource p, int depth, Set<Resource> seen) {
        if (!seen.add(p)) {
            return;
        }
        out.append("<tr id=\"").append(Html.esc(Terms.anchorOf(p.getURI(), prefixes))).append("\"><td>")
                .append("&nbsp;&nbsp;".repeat(depth * 2)).append(depth > 0 ? "└ " : "")
                .append("<code>").append(Html.esc(terms.name(p.getURI()))).append("</code></td><td>")
                .append(Html.lang(Terms.text(p, RDFS.label, "zh"), "zh")).append("</td><td>")
                .append(Html.esc(Terms.text(p, RDFS.label, "en"))).append("</td><td>")
                .append(terms.links(Terms.objects(p, BKG.placeType))).append("</td><td>")
                .append(Html.lang(String.join("；", Terms.texts(p, SKOS.altLabel, "zh")), "zh")).append("</td><td>")
                .append(terms.links(Terms.objects(p, OWL.sameAs))).append("</td></tr>\n");
        for (Resource c : Terms.subjects(places, SCHEMA_CONTAINED_IN_PLACE, p)) {
            place(c, depth + 1, seen);
        }
    }

    private void shapeList() {
        out.append("<section id=\"shapes\">\n<h2>Shapes 数据约束</h2>\n")
                .append("<p>What a well-formed graph guarantees (ontology/shapes.ttl); ")
                .append("<code>bulletin-kg validate</code> checks a database against them.</p>\n")
                .append("<table>\n<tr><th>shape</th><th>targets</th><th>constrained paths</th><th>messages</th></tr>\n");
        List<Resource> list = shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource s : list) {
            List<String> targets = new ArrayList<>();
            for (RDFNode t : Terms.objects(s, SHACLM.targetClass)) {
                targets.add(terms.link(t));
            }
            for (RDFNode t : Terms.objects(s, SHACLM.targetSubjectsOf)) {
                targets.add("subjects of " + terms.link(t));
            }
            List<String> paths = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (RDFNode n : Terms.objects(s, SHACLM.message)) {
                messages.add(n.asLiteral().getLexicalForm());
            }
            for (RDFNode ps : s.listProperties(SHACLM.property).mapWith(st -> st.getObject()).toList()) {
                Resource shape = ps.asResource();
                if (shape.hasProperty(SHACLM.path)) {
                    paths.add(path(shape.getProperty(SHACLM.path).getObject()));
                }
                for (RDFNode m : Terms.objects(shape, SHACLM.message)) {
                    messages.add(m.asLiteral().getLexicalForm());
                }
            }
            paths.sort(null);
            out.append("<tr id=\"").append(Html.esc(Terms.anchorOf(s.getURI(), prefixes))).append("\"><td><code>")
                    .append(Html.esc(terms.name(s.getURI()))).append("</code></td><td>").append(String.join(", ", targets))
                    .append("</td><td>").append(Html.esc(String.join(", ", paths))).append("</td><td>")
                    .append(Html.esc(String.join(" ", new LinkedHashSet<>(messages)))).append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    /** A SHACL path in SPARQL property-path notation: ^p for an inverse, p/q for a sequence. */
    private String path(RDFNode n) {
        if (n.isURIResource()) {
            return terms.name(n.asResource().getURI());
        }
        Resource r = n.asResource();
        if (r.hasProperty(SHACLM.inversePath)) {
            return "^" + path(r.getProperty(SHACLM.inversePath).getObject());
        }
        if (r.canAs(RDFList.class)) {
            List<String> parts = new ArrayList<>();
            for (RDFNode step : r.as(RDFList.class).asJavaList()) {
                parts.add(path(step));
            }
            return String.join("/", parts);
        }
        return "(path)";
    }
}
