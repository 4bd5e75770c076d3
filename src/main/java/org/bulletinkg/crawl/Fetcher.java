package org.bulletinkg.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages politely, with the JDK's HTTP client: robots.txt obeyed (fetched once per site, kept for a
 * day in the crawl state), one request at a time with {@code delay} between two to one host, connect and read
 * timeouts, a size limit, retries with doubling waits on timeouts and 5xx answers (never on 4xx), and
 * redirects followed by hand so that each hop is checked: http(s) only, robots.txt, at most
 * {@code maxRedirects}, no loop. Not thread-safe: a crawl fetches one page at a time.
 */
final class Fetcher {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final long ROBOTS_MAX_BYTES = 512 * 1024;

    /** Where robots.txt texts are kept between runs, so that a site's robots.txt is asked for once a day. */
    interface RobotsCache {
        /** The text of an origin's robots.txt fetched within the last day ("" for none), or null. */
        String fresh(String origin);

        void put(String origin, String text);
    }

    private final CrawlSettings settings;
    private final HttpClient client;
    private final RobotsCache robotsCache;
    private final Map<String, RobotsTxt> robots = new HashMap<>();
    private final Map<String, Long> nextRequestNanos = new HashMap<>();
    private final AtomicLong requests = new AtomicLong();

    Fetcher(CrawlSettings settings, RobotsCache robotsCache) {
        this.settings = settings;
        this.robotsCache = robotsCache;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** How many HTTP requests this fetcher has sent. */
    long requests() {
        return requests.get();
    }

    /** Whether robots.txt lets the crawler fetch an address (fetching the site's robots.txt the first time). */
    boolean allowed(URI uri) {
        return robotsOf(uri).allows(Addresses.pathAndQuery(uri));
    }

    /**
     * The page at an address, following redirects. With an ETag or Last-Modified from an earlier fetch the request
     * is conditional and an unchanged page comes back as a 304 {@link Page} without a body.
     *
     * @throws FetchException when robots.txt forbids the address, or the page cannot be had after the retries
     */
    Page fetch(URI uri, String etag, String lastModified) {
        Set<URI> chain = new LinkedHashSet<>();
        URI current = uri;
        while (true) {
            if (!chain.add(current)) {
                throw new FetchException(uri.toString(), "redirect loop: " + describe(chain, current), false);
            }
            if (chain.size() > settings.maxRedirects() + 1) {
                throw new FetchException(uri.toString(), "more than " + settings.maxRedirects() + " redirects: "
                        + describe(chain, null), false);
            }
            if (!allowed(current)) {
                String unreachable = robotsOf(current).unreachableBecause();
                if (unreachable != null) {
                    throw new FetchException(uri.toString(), "not fetched: " + Addresses.origin(current) + "/robots.txt "
                            + unreachable + ", and a site whose robots.txt cannot be read is left alone (RFC 9309)", true);
                }
                throw new FetchException(uri.toString(), current.equals(uri) ? "disallowed by robots.txt"
                        : "redirected to " + current + ", which robots.txt disallows", false);
            }
            HttpResponse<byte[]> response = withRetries(current, etag, lastModified, settings.maxPageBytes());
            int status = response.statusCode();
            HttpHeaders h = response.headers();
            if (status >= 300 && status < 400 && status != 304) {
                String location = h.firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException(uri.toString(), "HTTP " + status + " without a Location", false);
                }
                URI next = resolve(current, location);
                if (next == null) {
                    throw new FetchException(uri.toString(), "redirected to \"" + location
                            + "\", which is no http(s) address", false);
                }
                current = next;
                continue;
            }
            if (status == 304) {
                return new Page(uri, current, 304, new byte[0], null, null, h.firstValue("ETag").orElse(etag),
                        h.firstValue("Last-Modified").orElse(lastModified));
            }
            if (status < 200 || status >= 300) {
                throw new FetchException(uri.toString(), "HTTP " + status, false);
            }
            String contentType = h.firstValue("Content-Type").orElse(null);
            return new Page(uri, current, status, response.body(), mediaType(contentType), charsetOf(contentType),
                    h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
        }
    }

    private static String describe(Set<URI> chain, URI again) {
        List<String> hops = new ArrayList<>();
        chain.forEach(u -> hops.add(u.toString()));
        if (again != null) {
            hops.add(again.toString());
        }
        return String.join(" -> ", hops);
    }

    private static URI resolve(URI base, String location) {
        try {
            return Addresses.normalize(base.resolve(URI.create(location.strip().replace(" ", "%20"))).toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One request, tried again after a timeout, a broken connection or a 5xx answer. */
    private HttpResponse<byte[]> withRetries(URI uri, String etag, String lastModified, long maxBytes) {
        Duration wait = settings.retryWait();
        for (int attempt = 0; ; attempt++) {
            FetchException failure;
            Duration retryAfter = null;
            try {
                HttpResponse<byte[]> r = once(uri, etag, lastModified, maxBytes);
                if (r.statusCode() < 500) {
                    return r;
                }
                failure = new FetchException(uri.toString(), "HTTP " + r.statusCode(), true);
                retryAfter = retryAfter(r.headers());
            } catch (FetchException e) {
                if (!e.transientFailure()) {
                    throw e;
                }
                failure = e;
            }
            if (attempt >= settings.retries()) {
                throw attempt == 0 ? failure : new FetchException(failure.url(), failure.problem() + " (tried "
                        + (attempt + 1) + " times)", true, failure);
            }
            Duration pause = retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
            LOG.debug("{}: {}; trying again in {} ms", uri, failure.problem(), pause.toMillis());
            sleep(pause.toMillis());
            wait = wait.multipliedBy(2);
        }
    }

    /** A Retry-After of seconds (at most two minutes), or null. */
    private static Duration retryAfter(HttpHeaders h) {
        try {
            long s = Long.parseLong(h.firstValue("Retry-After").orElse("").strip());
            return s >= 0 && s <= 120 ? Duration.ofSeconds(s) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private HttpResponse<byte[]> once(URI uri, String etag, String lastModified, long maxBytes) {
        pace(uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toASCIIString()))
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        requests.incrementAndGet();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(),
                info -> new LimitedBody(info.headers().firstValueAsLong("Content-Length").orElse(-1), maxBytes));
        try {
            // the client's own timeout ends with the headers; this one bounds the body as well
            return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(uri.toString(), "no answer within " + seconds(settings.readTimeout()), true, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(uri.toString(), "interrupted", false, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LimitedBody.TooLarge tl) {
                throw new FetchException(uri.toString(), "larger than the limit of " + tl.limit() + " bytes", false);
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw new FetchException(uri.toString(), "no connection within " + seconds(settings.connectTimeout()), true, cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new FetchException(uri.toString(), "no answer within " + seconds(settings.readTimeout()), true, cause);
            }
            if (cause instanceof IOException) {
                throw new FetchException(uri.toString(), "connection failed (" + describe(cause) + ")", true, cause);
            }
            throw new FetchException(uri.toString(), "request failed: " + cause, false, cause);
        } finally {
            markRequest(uri);
        }
    }

    /** An exception's class and the first message along its causes ("ConnectException: Connection refused"). */
    private static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                return t.getClass().getSimpleName() + ": " + c.getMessage();
            }
        }
        return t.getClass().getSimpleName();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** Waits until the host may be asked again. */
    private void pace(URI uri) {
        Long next = nextRequestNanos.get(uri.getHost());
        if (next != null) {
            long waitNanos = next - System.nanoTime();
            if (waitNanos > 0) {
                sleep(TimeUnit.NANOSECONDS.toMillis(waitNanos) + 1);
            }
        }
    }

    private void markRequest(URI uri) {
        Duration delay = settings.delay();
        RobotsTxt r = robots.get(Addresses.origin(uri));
        if (r != null && r.crawlDelay() != null && r.crawlDelay().compareTo(delay) > 0) {
            delay = r.crawlDelay();
        }
        nextRequestNanos.put(uri.getHost(), System.nanoTime() + delay.toNanos());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("(crawl)", "interrupted", false, e);
        }
    }

    private RobotsTxt robotsOf(URI uri) {
        String origin = Addresses.origin(uri);
        RobotsTxt known = robots.get(origin);
        if (known != null) {
            return known;
        }
        String text = robotsCache.fresh(origin);
        RobotsTxt parsed;
        if (text != null) {
            parsed = RobotsTxt.parse(text, CrawlSettings.PRODUCT);
        } else {
            parsed = fetchRobots(origin);
        }
        robots.put(origin, parsed);
        return parsed;
    }

    /** An origin's robots.txt: none (4xx) allows all; unreachable (5xx, timeouts) allows nothing. */
    private RobotsTxt fetchRobots(String origin) {
        URI uri = URI.create(origin + "/robots.txt");
        URI current = uri;
        try {
            for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
                HttpResponse<byte[]> r = withRetries(current, null, null, ROBOTS_MAX_BYTES);
                int status = r.statusCode();
                if (status >= 300 && status < 400) {
                    URI from = current;
                    URI next = r.headers().firstValue("Location").map(l -> resolve(from, l)).orElse(null);
                    if (next == null) {
                        break;
                    }
                    current = next;
                    continue;
                }
                if (status >= 400) {
                    robotsCache.put(origin, "");
                    return RobotsTxt.ALLOW_ALL;
                }
                String text = new String(r.body(), StandardCharsets.UTF_8);
                robotsCache.put(origin, text);
                return RobotsTxt.parse(text, CrawlSettings.PRODUCT);
            }
            return RobotsTxt.unreachable("redirects too often");
        } catch (FetchException e) {
            // RFC 9309 lets a crawler stop reading a robots.txt at 500 KiB; we are stricter and keep out
            return RobotsTxt.unreachable(e.problem().startsWith("larger than") ? "is too large" : "is unreachable ("
                    + e.problem() + ")");
        } finally {
            markRequest(uri);
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }
}
