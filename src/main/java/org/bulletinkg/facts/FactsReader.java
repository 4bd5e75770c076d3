package org.bulletinkg.facts;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.bulletinkg.StoreException;

/**
 * Reads each bulletin's facts back out of the graph with SPARQL, in the facts format of the evaluation
 * (shared/eval/README.md), and writes one NAME.facts.json per bulletin. What it writes is what the graph
 * holds, not what the extractor had in memory.
 */
public final class FactsReader {
    private static final String PREFIXES = """
            PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private final DatasetGraph dsg;

    public FactsReader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Writes one facts file per bulletin graph; returns how many were written. */
    public int writeAll(List<Node> graphs, Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new StoreException(outDir + ": cannot create the output folder (" + e.getMessage() + ")", e);
        }
        int n = 0;
        for (Node g : graphs) {
            JsonObject facts = Txn.calculateRead(dsg, () -> read(g));
            if (facts == null) {
                continue;
            }
            String name = facts.remove("_name").getAsString();
            Path file = outDir.resolve(name + ".facts.json");
            try {
                Files.writeString(file, GSON.toJson(facts) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StoreException(file + ": cannot write (" + e.getMessage() + ")", e);
            }
            n++;
        }
        return n;
    }

    /** The facts of one bulletin graph, or null when it holds no bulletin. */
    public JsonObject read(Node graph) {
        String g = "<" + graph.getURI() + ">";
        List<QuerySolution> head = select("SELECT ?b ?title ?file WHERE { GRAPH " + g
                + " { ?b a bkg:Bulletin ; dcterms:title ?title ; bkg:fileName ?file } }");
        if (head.isEmpty()) {
            return null;
        }
        String bulletin = "<" + head.get(0).getResource("b").getURI() + ">";
        JsonObject out = new JsonObject();
        String file = head.get(0).getLiteral("file").getString();
        int dot = file.lastIndexOf('.');
        String base = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
        dot = base.lastIndexOf('.');
        out.addProperty("_name", dot > 0 ? base.substring(0, dot) : base);
        out.addProperty("title", head.get(0).getLiteral("title").getString());
        out.add("meetings", meetings(g, bulletin));
        out.add("people", people(g, bulletin));
        out.add("organizations", labels(g, bulletin, "bkg:mentionsOrganization", "rdfs:label"));
        out.add("places", labels(g, bulletin, "bkg:mentionsPlace", "rdfs:label"));
        out.add("strategies", labels(g, bulletin, "bkg:mentionsStrategy", "skos:prefLabel"));
        out.add("reporters", names(g, bulletin, "bkg:reporter"));
        return out;
    }

    private JsonArray meetings(String g, String bulletin) {
        JsonArray out = new JsonArray();
        List<QuerySolution> rows = select("""
                SELECT ?m ?body ?kind ?number ?term ?expanded ?date WHERE { GRAPH %s {
                  %s bkg:describesMeeting ?m .
                  ?m bkg:bodyName ?body ; bkg:meetingKind ?k .
                  BIND(REPLACE(STR(?k), "^.*/", "") AS ?kind)
                  OPTIONAL { ?m bkg:sessionNumber ?number }
                  OPTIONAL { ?m bkg:term ?term }
                  OPTIONAL { ?m bkg:expanded ?expanded }
                  OPTIONAL { ?m schema:startDate ?date }
                } } ORDER BY ?m""".formatted(g, bulletin));
        for (QuerySolution r : rows) {
            String m = "<" + r.getResource("m").getURI() + ">";
            JsonObject o = new JsonObject();
            o.addProperty("body", r.getLiteral("body").getString());
            o.addProperty("kind", r.getLiteral("kind").getString());
            o.add("number", r.contains("number") ? new JsonPrimitive(r.getLiteral("number").getInt()) : JsonNull.INSTANCE);
            o.add("term", r.contains("term") ? new JsonPrimitive(r.getLiteral("term").getInt()) : JsonNull.INSTANCE);
            o.addProperty("expanded", r.contains("expanded") && r.getLiteral("expanded").getBoolean());
            o.add("date", r.contains("date") ? new JsonPrimitive(r.getLiteral("date").getLexicalForm()) : JsonNull.INSTANCE);
            JsonArray chair = names(g, m, "bkg:chair");
            o.add("chair", chair.isEmpty() ? JsonNull.INSTANCE : chair.get(0));
            o.add("attendees", names(g, m, "schema:attendee"));
            o.add("nonvoting", names(g, m, "bkg:nonVotingAttendee"));
            o.add("presenters", names(g, m, "bkg:presenter"));
            o.add("documents", strings(select("SELECT ?v WHERE { GRAPH %s { %s bkg:reviewedDocument ?d . ?d dcterms:title ?v } } ORDER BY ?v"
                    .formatted(g, m))));
            o.add("instructions_from", names(g, m, "bkg:conveyedInstructionsOf"));
            out.add(o);
        }
        return out;
    }

    private JsonArray people(String g, String bulletin) {
        List<QuerySolution> rows = select("""
                SELECT ?name ?post ?org WHERE { GRAPH %s {
                  %s bkg:mentionsPerson ?p . ?p foaf:name ?name .
                  OPTIONAL { ?h org:member ?p ; bkg:observedIn %s ; bkg:postTitle ?post .
                             OPTIONAL { ?h org:organization/rdfs:label ?org } }
                } } ORDER BY ?name ?post""".formatted(g, bulletin, bulletin));
        Map<String, Set<String>> posts = new LinkedHashMap<>();
        Map<String, Set<String>> orgs = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            String name = r.getLiteral("name").getString();
            posts.computeIfAbsent(name, k -> new LinkedHashSet<>());
            orgs.computeIfAbsent(name, k -> new LinkedHashSet<>());
            if (r.contains("post")) {
                posts.get(name).add(r.getLiteral("post").getString());
            }
            if (r.contains("org")) {
                orgs.get(name).add(r.getLiteral("org").getString());
            }
        }
        JsonArray out = new JsonArray();
        posts.forEach((name, ps) -> {
            JsonObject o = new JsonObject();
            o.addProperty("name", name);
            o.add("posts", array(new ArrayList<>(ps)));
            o.add("orgs", array(new ArrayList<>(orgs.get(name))));
            out.add(o);
        });
        return out;
    }

    private JsonArray names(String g, String subject, String predicate) {
        return strings(select("SELECT ?v WHERE { GRAPH %s { %s %s ?p . ?p foaf:name ?v } } ORDER BY ?v"
                .formatted(g, subject, predicate)));
    }

    private JsonArray labels(String g, String bulletin, String predicate, String labelProperty) {
        return strings(select("SELECT DISTINCT ?v WHERE { GRAPH %s { %s %s ?x . ?x %s ?v } } ORDER BY ?v"
                .formatted(g, bulletin, predicate, labelProperty)));
    }

    private static JsonArray strings(List<QuerySolution> rows) {
        List<String> values = new ArrayList<>();
        for (QuerySolution r : rows) {
            String v = r.getLiteral("v").getString();
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return array(values);
    }

    private static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    private List<QuerySolution> select(String body) {
        Query q = QueryFactory.create(PREFIXES + body);
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(q).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> out = new ArrayList<>();
            while (rs.hasNext()) {
                out.add(rs.next());
            }
            return out;
        }
    }

}
