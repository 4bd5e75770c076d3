package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulletin built again with other words: the index forgets the old words and learns the new ones. */
class IncrementalTextIndexTest {
    private static final String BULLETIN = "https://w3id.org/bulletin-kg/id/bulletin/901_science-city";
    private static final String TITLE = "区委常委会召开第12次会议\n";

    @TempDir
    Path dir;

    @Test
    void rebuildingABulletinReplacesItsIndexEntries() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path file = inputs.resolve("901_science-city.txt");
        Path db = dir.resolve("db");

        Files.writeString(file, TITLE + "3月2日，区委常委会召开第12次会议，研究怀柔科学城建设工作。区委书记李华主持会议。\n");
        SampleDatabase.build(db, List.of(inputs), 1);
        try (KgServer server = KgServer.builder().database(db).port(0).build().start()) {
            assertEquals(List.of(BULLETIN), TextSearch.subjects(server, "schema:text", "怀柔科学城"));
            assertEquals(List.of(), TextSearch.subjects(server, "schema:text", "未来科学城"));
        }

        Files.writeString(file, TITLE + "3月2日，区委常委会召开第12次会议，研究未来科学城建设工作。区委书记李华主持会议。\n");
        SampleDatabase.build(db, List.of(inputs), 1);
        try (KgServer server = KgServer.builder().database(db).port(0).build().start()) {
            assertEquals(List.of(), TextSearch.subjects(server, "schema:text", "怀柔科学城"));
            assertEquals(List.of(BULLETIN), TextSearch.subjects(server, "schema:text", "未来科学城"));
            // One entry for the bulletin's text, not the old one beside the new.
            assertEquals(1, TextSearch.column(server,
                    "SELECT ?s WHERE { ?s text:query (schema:text '会议') }", "s").size());
            assertEquals(List.of("李华"), TextSearch.column(server,
                    "SELECT ?name WHERE { (?p ?score ?name) text:query (foaf:name '李华') }", "name"));
        }
    }
}
