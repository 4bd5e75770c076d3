package org.bulletinkg.crawl;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletinkg.BadInputException;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.source.RawBulletin;
import org.bulletinkg.source.SourceMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls the columns of {@link CrawlSettings} into its folder, in two steps: the listing pages of each column
 * (following its pagination, conditionally where an earlier run saw them), then the articles the listings link
 * to that no earlier run fetched. Each article is written as received, once however many addresses serve it;
 * the manifest is written at the end (and when the state is compacted). Failures are reported to {@code err}
 * with the address and the problem and do not stop the crawl.
 */
public final class Crawler {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    /** How often the manifest is written during a long crawl (in stored articles), so a killed crawl leaves one. */
    private static final int MANIFEST_EVERY = 100;

    private final CrawlSettings settings;
    private final CrawlRules rules;
    private final PrintWriter err;
    private final BulletinParser parser = new BulletinParser();

    private int listings;
    private int listingsUnchanged;
    private int stored;
    private int unchanged;
    private int known;
    private int duplicates;
    private int failedEarlier;
    private int disallowed;
    private int beforeSince;
    private int charsetMismatches;
    private int storedSinceManifest;
    private final List<String> failures = new ArrayList<>();

    private Crawler(CrawlSettings settings, CrawlRules rules, PrintWriter err) {
        this.settings = settings;
        this.rules = rules;
        this.err = err;
    }

    /** Runs a crawl; progress and failures go to {@code err}. */
    public static CrawlReport crawl(CrawlSettings settings, PrintWriter err) {
        return new Crawler(settings, CrawlRules.standard(), err).run();
    }

    private CrawlReport run() {
        long t0 = System.nanoTime();
        try (CrawlState state = CrawlState.open(settings.out())) {
            CrawlOutput output = new CrawlOutput(state);
            output.checkManifest();
            Fetcher fetcher = new Fetcher(settings, new Fetcher.RobotsCache() {
                @Override
                public String fresh(String origin) {
                    return settings.refresh() ? null : state.freshRobots(origin, Instant.now());
                }

                @Override
                public void put(String origin, String text) {
                    state.putRobots(origin, text, Instant.now());
                }
            });
            CrawlProgress progress = new CrawlProgress(err, settings.progressEvery());
            Map<URI, ArticleLink> links = new LinkedHashMap<>();
            for (URI column : settings.columns()) {
                if (readColumn(column, fetcher, state, progress, links)) {
                    break;
                }
            }
            List<ArticleLink> toFetch = plan(links, state, fetcher);
            progress.articlesPlanned(toFetch.size());
            progress.listingsQueued = 0;
            progress.known = known;
            Map<String, String> storedByHash = new HashMap<>();
            for (CrawlState.ArticleRecord a : state.articles()) {
                if (a.status() == CrawlState.Status.STORED) {
                    storedByHash.put(a.sha256(), a.url());
                }
            }
            for (ArticleLink link : toFetch) {
                fetchArticle(link, fetcher, state, output, storedByHash);
                progress.stored = stored;
                progress.failed = failures.size();
                progress.articlesDone++;
                progress.tick();
            }
            int entries = output.writeManifest();
            return new CrawlReport(listings, listingsUnchanged, stored, unchanged, known, duplicates, failures.size(),
                    failedEarlier, disallowed, beforeSince, charsetMismatches, fetcher.requests(), entries,
                    (System.nanoTime() - t0) / 1_000_000, failures);
        }
    }

    /**
     * Reads a column's listing pages, adding their article links to {@code links}; true when --max-articles new
     * articles are found, so no further column need be read.
     */
    private boolean readColumn(URI column, Fetcher fetcher, CrawlState state, CrawlProgress progress,
                               Map<URI, ArticleLink> links) {
        Deque<URI> queue = new ArrayDeque<>(List.of(column));
        Set<URI> seen = new HashSet<>(queue);
        int pages = 0;
        while (!queue.isEmpty() && pages < settings.maxPages()) {
            URI uri = queue.poll();
            pages++;
            listings++;
            Listing listing = readListing(uri, column, fetcher, state);
            if (listing != null) {
                for (ArticleLink a : listing.articles()) {
                    links.putIfAbsent(a.address(), a);
                }
                if (settings.maxArticles() > 0 && newArticles(links.values(), state) >= settings.maxArticles()) {
                    return true;
                }
                if (allBeforeSince(listing)) {
                    LOG.debug("{}: every dated article is older than --since; not paging further", uri);
                } else {
                    for (URI next : listing.pages()) {
                        if (seen.add(next)) {
                            queue.add(next);
                        }
                    }
                }
            }
            progress.listings = listings;
            progress.listingsQueued = queue.size();
            progress.failed = failures.size();
            progress.tick();
        }
        if (!queue.isEmpty()) {
            LOG.warn("{}: stopped after {} listing pages (--max-pages)", column, settings.maxPages());
        }
        return false;
    }

    private Listing readListing(URI uri, URI column, Fetcher fetcher, CrawlState state) {
        CrawlState.ListingRecord known = settings.refresh() ? null : state.listing(uri.toString());
        Page page;
        try {
            page = fetcher.fetch(uri, known == null ? null : known.etag(), known == null ? null : known.lastModified());
        } catch (FetchException e) {
            fail(e.getMessage());
            return null;
        }
        if (page.notModified() && known != null) {
            listingsUnchanged++;
            return listingOf(known);
        }
        Listing listing = Listing.read(page, column, settings.match(), rules);
        List<CrawlState.LinkRecord> articleRecords = listing.articles().stream()
                .map(a -> new CrawlState.LinkRecord(a.address().toString(), a.text(),
                        a.date() == null ? null : a.date().toString()))
                .toList();
        state.putListing(new CrawlState.ListingRecord(uri.toString(), page.etag(), page.lastModified(),
                listing.pages().stream().map(URI::toString).toList(), articleRecords, Instant.now().toString()));
        if (listing.articles().isEmpty() && listing.pages().isEmpty()) {
            LOG.warn("{}: no article links matched and no further pages found (is --match right? is the list loaded"
                    + " by script?)", uri);
        }
        return listing;
    }

    private static Listing listingOf(CrawlState.ListingRecord r) {
        List<ArticleLink> articles = r.articles().stream()
                .map(a -> new ArticleLink(URI.create(a.url()), a.text(), a.date() == null ? null : LocalDate.parse(a.date())))
                .toList();
        return new Listing(articles, r.pages().stream().map(URI::create).toList());
    }

    private boolean allBeforeSince(Listing listing) {
        if (settings.since() == null) {
            return false;
        }
        List<LocalDate> dates = listing.articles().stream().map(ArticleLink::date).filter(d -> d != null).toList();
        return !dates.isEmpty() && dates.stream().allMatch(d -> d.isBefore(settings.since()));
    }

    private long newArticles(java.util.Collection<ArticleLink> links, CrawlState state) {
        return links.stream().filter(l -> state.article(l.address().toString()) == null).count();
    }

    /** The articles to fetch, in listing order; counts those left out. */
    private List<ArticleLink> plan(Map<URI, ArticleLink> links, CrawlState state, Fetcher fetcher) {
        List<ArticleLink> plan = new ArrayList<>();
        for (ArticleLink link : links.values()) {
            if (settings.since() != null && link.date() != null && link.date().isBefore(settings.since())) {
                beforeSince++;
                continue;
            }
            CrawlState.ArticleRecord known = state.article(link.address().toString());
            if (known != null && !settings.refresh()) {
                switch (known.status()) {
                    case STORED -> {
                        if (Files.exists(settings.out().resolve(known.file()))) {
                            this.known++;
                            continue;
                        }
                        LOG.info("{}: its file {} was removed; fetching it again", link.address(), known.file());
                    }
                    case DUPLICATE -> {
                        this.known++;
                        continue;
                    }
                    case FAILED -> {
                        if (!settings.retryFailed()) {
                            failedEarlier++;
                            continue;
                        }
                    }
                    case OLD -> {
                        if (settings.since() != null && known.published() != null
                                && LocalDate.parse(known.published()).isBefore(settings.since())) {
                            beforeSince++;
                            continue;
                        }
                    }
                    default -> throw new IllegalStateException("unknown status " + known.status());
                }
            }
            if (!fetcher.allowed(link.address())) {
                disallowed++;
                LOG.info("{}: disallowed by robots.txt; not fetched", link.address());
                continue;
            }
            plan.add(link);
        }
        if (settings.maxArticles() > 0 && plan.size() > settings.maxArticles()) {
            return List.copyOf(plan.subList(0, settings.maxArticles()));
        }
        return plan;
    }

    private void fetchArticle(ArticleLink link, Fetcher fetcher, CrawlState state, CrawlOutput output,
                              Map<String, String> storedByHash) {
        String url = link.address().toString();
        CrawlState.ArticleRecord before = state.article(url);
        String now = Instant.now().toString();
        Page page;
        try {
            page = fetcher.fetch(link.address(), null, null);
        } catch (FetchException e) {
            failArticle(state, url, e.getMessage(), e.problem(), now);
            return;
        }
        String type = page.contentType();
        if (type != null && !type.equals("text/html") && !type.equals("application/xhtml+xml") && !type.equals("text/plain")) {
            failArticle(state, url, url + ": not a web page (" + type + ")", "not a web page (" + type + ")", now);
            return;
        }
        String sha = Addresses.sha256(page.body());
        String source = page.address().toString();
        String sameBytes = storedByHash.get(sha);
        if (sameBytes != null && !sameBytes.equals(url)) {
            duplicates++;
            if (before != null && before.status() == CrawlState.Status.STORED) {
                // refreshed, it now serves another address's bytes: its own file would be a second copy
                output.remove(before.file());
                storedByHash.remove(before.sha256(), url);
            }
            state.putArticle(new CrawlState.ArticleRecord(url, CrawlState.Status.DUPLICATE, null, sha, page.httpCharset(),
                    null, source, null, sameBytes, null, now));
            LOG.debug("{}: the same bytes as {}; stored once", url, sameBytes);
            return;
        }
        if (before != null && before.status() == CrawlState.Status.STORED && sha.equals(before.sha256())
                && Files.exists(settings.out().resolve(before.file()))) {
            unchanged++;
            return;
        }
        String extension = "text/plain".equals(type) ? "txt" : "html";
        String name = before != null && before.file() != null ? before.file() : Addresses.fileName(link.address(), extension);
        Bulletin bulletin;
        try {
            bulletin = parser.parse(new RawBulletin(RawBulletin.nameOf(settings.out().resolve(name)),
                    settings.out().resolve(name), page.body(), new SourceMetadata(name, source, settings.jurisdiction(), null)));
        } catch (BadInputException e) {
            failArticle(state, url, url + ": not a bulletin (" + e.problem() + "); not stored", "not a bulletin: " + e.problem(), now);
            return;
        }
        LocalDate published = bulletin.published() != null ? bulletin.published() : link.date();
        if (settings.since() != null && published != null && published.isBefore(settings.since())) {
            beforeSince++;
            state.putArticle(new CrawlState.ArticleRecord(url, CrawlState.Status.OLD, null, sha, page.httpCharset(),
                    published.toString(), source, null, null, null, now));
            return;
        }
        if (!Listing.buildReadsAsServed(page.body(), page.httpCharset())) {
            charsetMismatches++;
            LOG.warn("{}: the server says charset {}, but the build, which reads the bytes alone, decodes it as {}", url,
                    page.httpCharset(), bulletin.charset());
        }
        if (!output.write(name, page.body())) {
            failArticle(state, url, settings.out().resolve(name) + ": exists and was not written by the crawl; not"
                    + " overwritten (article " + url + ")", "file " + name + " exists and is not the crawl's", now);
            return;
        }
        String jurisdiction = before != null && before.jurisdiction() != null && settings.jurisdiction() == null
                ? before.jurisdiction() : settings.jurisdiction();
        state.putArticle(new CrawlState.ArticleRecord(url, CrawlState.Status.STORED, name, sha, page.httpCharset(),
                published == null ? null : published.toString(), source, jurisdiction, null, null, now));
        if (before != null && before.sha256() != null) {
            storedByHash.remove(before.sha256(), url);
        }
        storedByHash.put(sha, url);
        stored++;
        if (++storedSinceManifest >= MANIFEST_EVERY) {
            output.writeManifest();
            storedSinceManifest = 0;
        }
    }

    private void failArticle(CrawlState state, String url, String message, String problem, String now) {
        fail(message);
        CrawlState.ArticleRecord before = state.article(url);
        if (before != null && before.status() == CrawlState.Status.STORED) {
            return; // fetched again (--refresh) and failed: the copy stored earlier stays
        }
        state.putArticle(new CrawlState.ArticleRecord(url, CrawlState.Status.FAILED, null, null, null, null, null, null,
                null, problem, now));
    }

    private void fail(String message) {
        failures.add(message);
        err.println("failed: " + message);
        err.flush();
    }
}
