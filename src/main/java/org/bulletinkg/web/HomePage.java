package org.bulletinkg.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home page: the search box, the counts, the latest meetings, the bodies and the strategies. Its queries
 * read the whole graph (counts, the latest dates, meetings per body), so its model is kept: after {@link #TTL}
 * the next visitor still gets the kept one while a background thread reads the graph again (a build in another
 * process shows up then). Only the very first visitor waits for the queries.
 */
final class HomePage {
    static final Duration TTL = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(HomePage.class);
    private final KgDataset data;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Map<String, Object> model;
    private volatile long builtAt;

    HomePage(KgDataset data) {
        this.data = data;
    }

    /** A meeting with its date, for the list of the latest. */
    public record Dated(Link link, String date) {
    }

    /** A body with how many meetings it convened. */
    public record Counted(Link link, long count) {
    }

    Page page() {
        Map<String, Object> kept = model;
        if (kept == null) {
            synchronized (this) {
                if (model == null) {
                    model = build();
                    builtAt = System.nanoTime();
                }
                kept = model;
            }
        } else if (System.nanoTime() - builtAt > TTL.toNanos() && refreshing.compareAndSet(false, true)) {
            Thread refresh = new Thread(this::refresh, "bulletin-kg-home-refresh");
            refresh.setDaemon(true);
            refresh.start();
        }
        return new Page("home", kept);
    }

    private void refresh() {
        try {
            model = build();
            builtAt = System.nanoTime();
        } catch (RuntimeException e) {
            // The kept page stays; the next visit after the TTL tries again.
            LOG.warn("The home page could not be refreshed: {}", e.getMessage());
        } finally {
            refreshing.set(false);
        }
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
