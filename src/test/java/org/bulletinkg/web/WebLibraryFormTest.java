package org.bulletinkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The library's queries as forms: which VALUES lines are parameters, and how a typed value goes back in. */
class WebLibraryFormTest {
    private static LibraryQuery library(String name) throws IOException {
        return LibraryQuery.parse(name, Files.readString(Path.of("queries", name + ".rq"), StandardCharsets.UTF_8));
    }

    @Test
    void theHeaderGivesQuestionAndParameters() throws IOException {
        LibraryQuery q = library("meetings-of-a-body");
        assertTrue(q.question().startsWith("Which meetings did a body hold"));
        assertEquals(List.of("body", "year"), q.parameters().stream().map(LibraryQuery.Parameter::variable).toList());
        assertEquals("区委常委会", q.parameters().get(0).example());
        assertEquals("zh", q.parameters().get(0).lang());
        assertEquals(LibraryQuery.Parameter.Kind.NUMBER, q.parameters().get(1).kind());
    }

    @Test
    void valuesListsOfTheQueryItselfAreNotParameters() throws IOException {
        LibraryQuery q = library("official-neighbourhood");
        assertEquals(List.of("name"), q.parameters().stream().map(LibraryQuery.Parameter::variable).toList());
        LibraryQuery e = library("evidence-of-a-fact");
        assertEquals(List.of("subject", "predicate", "object"),
                e.parameters().stream().map(LibraryQuery.Parameter::variable).toList());
        assertEquals(LibraryQuery.Parameter.Kind.IRI, e.parameters().get(0).kind());
        assertEquals(LibraryQuery.Parameter.Kind.PREFIXED, e.parameters().get(1).kind());
    }

    @Test
    void everyLibraryQueryParsesWithItsExamplesPutBack() throws IOException {
        QueryLibrary lib = QueryLibrary.load();
        assertTrue(lib.all().size() >= 19, "the library is on the classpath: " + lib.all().size());
        for (LibraryQuery q : lib.all())
            QueryFactory.create(QueryRun.withValues(q, QueryRun.examples(q)));
    }

    @Test
    void aTypedValueBecomesATermOfItsKindAndCannotBreakOut() throws IOException {
        LibraryQuery q = library("posts-of-an-official");
        String text = QueryRun.withValues(q, Map.of("name", "王\" } } DROP ALL #"));
        assertTrue(text.contains("VALUES ?name { \"王\\\" } } DROP ALL #\"@zh }"), text);
        QueryFactory.create(text); // still one query, the value a string
        LibraryQuery m = library("meetings-of-a-body");
        assertThrows(IllegalArgumentException.class, () -> QueryRun.withValues(m, Map.of("year", "2020 } FILTER(")));
        LibraryQuery e = library("evidence-of-a-fact");
        assertThrows(IllegalArgumentException.class,
                () -> QueryRun.withValues(e, Map.of("subject", "http://x/ a> ?p ?o . <b")));
        assertTrue(QueryRun.withValues(e, Map.of("object", "")).contains("VALUES ?object { UNDEF }"));
    }
}
