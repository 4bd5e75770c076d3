package org.bulletinkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.bulletinkg.pipeline.Pipeline;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One IRI per person across bulletins: same name in one scope is one person; in two districts, two. */
class PersonResolutionTest {

    private static int count(Tdb2Store store, String name) {
        String q = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p foaf:name \""
                + name + "\"@zh }";
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.datasetGraph())).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    private static void build(Tdb2Store store, List<Path> in, Path manifest) {
        Pipeline.build(in, manifest, store, false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void devSetPeopleAcrossBulletins(@TempDir Path dir) {
        Path dev = Path.of(System.getProperty("shared.dir", "../shared")).resolve("eval/dev");
        assumeTrue(Files.isDirectory(dev));
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            build(store, List.of(), dev.resolve("manifest.json"));
            assertEquals(1, count(store, "孙立新"), "Xicheng's 孙立新 in 104 and 107");
            assertEquals(1, count(store, "郑怀远"), "the city's secretary in 102, 107 and 108");
            assertEquals(1, count(store, "习近平"));
            assertEquals(1, count(store, "杜永刚"), "Chaoyang's 杜永刚 in 103 and 108");
        }
    }

    @Test
    void sameNameInTwoDistrictsIsTwoPeople(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "区委常委会召开第10次会议\n3月1日，区委常委会召开第10次会议。区委书记王建华主持会议。\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "区委常委会召开第20次会议\n3月2日，区委常委会召开第20次会议。区委书记王建华主持会议。\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("manifest.json"), """
                [{"file": "a.txt", "source_url": null, "jurisdiction": "平谷区", "published": "2021-03-01"},
                 {"file": "b.txt", "source_url": null, "jurisdiction": "房山区", "published": "2021-03-02"}]""",
                StandardCharsets.UTF_8);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            build(store, List.of(in), null);
            assertEquals(2, count(store, "王建华"));
        }
    }
}
