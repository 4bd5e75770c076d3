package org.bulletinkg.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.ontology.OntologyFiles;
import org.bulletinkg.ontology.ShapeValidation;
import org.bulletinkg.extract.BulletinExtractor;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.map.GraphMapper;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.source.RawBulletin;
import org.bulletinkg.source.SourceMetadata;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever a damaged bulletin looks like, parsing, extraction and mapping either produce a graph that
 * conforms to the SHACL shapes or fail with the project's own typed error (BadInputException and kin) — no
 * other exception escapes.
 * Seeded, so a failure is reproducible: the message gives the seed and case.
 */
class MutatedBulletinsTest {
    private static final long SEED = 20261121L;
    private static final int CASES = 2000;

    private static List<byte[]> realBulletins() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/parse/dev"))) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".txt") || n.endsWith(".html")) {
                    out.add(Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    @Test
    void onlyTypedErrorsEscape() throws IOException {
        List<byte[]> corpus = realBulletins();
        assertTrue(corpus.size() >= 10, "fixtures missing");
        Lexicon lexicon = Lexicon.standard();
        BulletinExtractor extractor = new BulletinExtractor(org.bulletinkg.pipeline.Pipeline.segmenter(lexicon), lexicon);
        BulletinParser parser = new BulletinParser();
        GraphMapper mapper = new GraphMapper(lexicon);
        Random random = new Random(SEED);
        Mutator mutator = new Mutator(random);
        ShapeValidation shapes = ShapeValidation.standard();
        Graph vocabulary = OntologyFiles.vocabulary().getGraph();
        java.util.Map<org.apache.jena.graph.Node, List<org.apache.jena.sparql.core.Quad>> divisions =
                org.bulletinkg.map.DivisionGraph.quads(org.bulletinkg.extract.Gazetteer.standard()).stream()
                        .collect(java.util.stream.Collectors.groupingBy(org.apache.jena.sparql.core.Quad::getSubject));
        int built = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] a = corpus.get(random.nextInt(corpus.size()));
            byte[] b = corpus.get(random.nextInt(corpus.size()));
            byte[] bytes = mutator.mutate(a, b);
            String name = "case-" + i;
            RawBulletin raw = new RawBulletin(name, Path.of(name + ".html"), bytes,
                    new SourceMetadata(name + ".html", null, "海淀区", null));
            try {
                Bulletin bulletin = parser.parse(raw);
                Extraction x = extractor.extract(bulletin);
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                mapper.map(x, StreamRDFLib.dataset(dsg));
                assertTrue(dsg.find().hasNext(), "case " + i + " mapped to nothing");
                Graph data = GraphFactory.createDefaultGraph();
                vocabulary.find().forEachRemaining(data::add);
                dsg.getUnionGraph().find().forEachRemaining(data::add);
                // the divisions of the gazetteer graph (served with every database) that this data points to,
                // with their parents up to the province
                java.util.Deque<org.apache.jena.graph.Node> todo = new java.util.ArrayDeque<>();
                data.find().forEachRemaining(t -> todo.add(t.getObject()));
                java.util.Set<org.apache.jena.graph.Node> added = new java.util.HashSet<>();
                while (!todo.isEmpty()) {
                    org.apache.jena.graph.Node n = todo.pop();
                    if (added.add(n)) {
                        for (org.apache.jena.sparql.core.Quad q : divisions.getOrDefault(n, List.of())) {
                            data.add(q.asTriple());
                            todo.add(q.getObject());
                        }
                    }
                }
                ValidationReport report = shapes.validate(data);
                if (!report.conforms()) {
                    StringWriter w = new StringWriter();
                    shapes.describe(report, new PrintWriter(w), 10);
                    fail("seed " + SEED + ", case " + i + ": the graph does not conform\n" + w);
                }
                built++;
            } catch (BulletinKgException expected) {
                assertTrue(expected.getMessage().contains(name), "error does not name the file: " + expected.getMessage());
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + SEED + ", case " + i + ": " + e, e);
            }
        }
        assertTrue(built > CASES / 4, "too few mutated bulletins were readable: " + built);
        System.out.printf("fuzz: %d cases, %d built, %d refused with a typed error%n", CASES, built, refused);
    }
}
