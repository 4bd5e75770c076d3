package org.bulletinkg.web;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.bulletinkg.BulletinKgException;

/**
 * The pages' cost on a database, for {@code bench}: each page type rendered, exactly as the server renders it,
 * for a few things of that type (the meetings first listed, and their chairs, bodies, bulletins, strategies,
 * places and documents, so that busy officials and popular strategies are among them), a few times each.
 */
public final class PageTimings {
    /** How many things of each type, and how often each page is rendered (the first run warms the caches). */
    static final int THINGS = 5, RUNS = 3;

    /** A page type's figures: how many renders, their median and their maximum. */
    public record Timing(String page, int renders, long medianMillis, long maxMillis) {
    }

    private PageTimings() {
    }

    /** Renders the pages on {@code dsg} (with its full-text index joined, as the server has it). */
    public static List<Timing> run(DatasetGraph dsg) {
        KgDataset data = new KgDataset(dsg);
        Templates templates = new Templates();
        Map<String, Set<String>> things = sample(data);
        List<Timing> out = new ArrayList<>();
        out.add(time("home", List.of(""), iri -> new HomePage(data).page(), templates));
        out.add(time("search", List.of("科学城", "常委会", "六稳"), q -> SearchPage.build(data, q), templates));
        for (Map.Entry<String, Set<String>> kind : things.entrySet())
            out.add(time(kind.getKey(), new ArrayList<>(kind.getValue()),
                    iri -> ThingPages.page(data, iri).orElseThrow(() -> new BulletinKgException("no page for " + iri)),
                    templates));
        return out;
    }

    private interface PageMaker {
        Page make(String arg);
    }

    private static Timing time(String name, List<String> args, PageMaker maker, Templates templates) {
        List<Long> millis = new ArrayList<>();
        for (String arg : args) {
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                try {
                    templates.render(maker.make(arg), Writer.nullWriter());
                } catch (java.io.IOException e) {
                    throw new BulletinKgException("cannot render " + name + ": " + e.getMessage(), e);
                }
                millis.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        if (millis.isEmpty())
            return new Timing(name, 0, 0, 0);
        long[] sorted = millis.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Timing(name, sorted.length, sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    private static Map<String, Set<String>> sample(KgDataset data) {
        String query = KgDataset.text("bench-sample").replace("LIMIT 5", "LIMIT " + THINGS);
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String kind : List.of("meeting", "official", "body", "bulletin", "strategy", "place", "document"))
            out.put(kind, new LinkedHashSet<>());
        for (Row r : data.selectQuery(QueryFactory.create(query), Map.of())) {
            add(out, "meeting", r.iri("meeting"));
            add(out, "official", r.iri("chair"));
            add(out, "body", r.iri("body"));
            add(out, "bulletin", r.iri("bulletin"));
            add(out, "strategy", r.iri("strategy"));
            add(out, "place", r.iri("place"));
            add(out, "document", r.iri("document"));
        }
        return out;
    }

    private static void add(Map<String, Set<String>> out, String kind, String iri) {
        if (iri != null && out.get(kind).size() < THINGS)
            out.get(kind).add(iri);
    }
}
