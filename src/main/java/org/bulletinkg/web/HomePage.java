package org.bulletinkg.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The home page: the search box, the counts, the latest meetings, the bodies and the strategies. Its queries
 * read the whole graph (counts, the latest dates), so its model is kept for {@link #TTL}: the server is
 * read-only, and a build in another process shows up within that time.
 */
final class HomePage {
    static final Duration TTL = Duration.ofSeconds(60);
    private final KgDataset data;
    private Map<String, Object> model;
    private long builtAt;

    HomePage(KgDataset data) {
        this.data = data;
    }

    /** A meeting with its date, for the list of the latest. */
    public record Dated(Link link, String date) {
    }

    /** A body with how many meetings it convened. */
    public record Counted(Link link, long count) {
    }

    synchronized Page page() {
        long now = System.nanoTime();
        if (model == null || now - builtAt > TTL.toNanos()) {
            model = build();
            builtAt = now;
        }
        return new Page("home", model);
    }

    private Map<String, Object> build() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String what : List.of("bulletins", "meetings", "people", "organisations", "documents"))
            counts.put(what, 0L);
        for (Row r : data.select("counts", Map.of()))
            counts.put(r.str("what"), r.integer("n", 0));
        List<Row> latest = data.select("latest-meetings", Map.of());
        List<Row> bodies = data.select("bodies", Map.of());
        List<Row> strategies = data.select("strategies", Map.of());
        Set<String> named = new LinkedHashSet<>(Labels.iris(latest, "meeting"));
        named.addAll(Labels.iris(bodies, "body"));
        named.addAll(Labels.iris(strategies, "strategy"));
        Labels labels = Labels.of(data, named);
        List<Dated> meetings = new ArrayList<>();
        for (Row r : latest)
            meetings.add(new Dated(labels.link(r.iri("meeting")), MeetingPage.nz(r.str("date"))));
        List<Counted> bodyList = new ArrayList<>();
        for (Row r : bodies)
            bodyList.add(new Counted(labels.link(r.iri("body")), r.integer("meetings", 0)));
        List<Link> strategyList = new ArrayList<>();
        for (Row r : strategies)
            strategyList.add(labels.link(r.iri("strategy")));
        strategyList.sort((a, b) -> a.name().compareTo(b.name()));
        Map<String, Object> m = new HashMap<>();
        m.put("counts", counts);
        m.put("latest", meetings);
        m.put("bodies", bodyList);
        m.put("strategies", strategyList);
        return m;
    }
}
