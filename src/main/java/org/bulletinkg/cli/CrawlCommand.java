package org.bulletinkg.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.bulletinkg.crawl.Addresses;
import org.bulletinkg.crawl.CrawlReport;
import org.bulletinkg.crawl.CrawlSettings;
import org.bulletinkg.crawl.Crawler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawls a site's meeting column into a folder of bulletins and its manifest.json, incrementally and"
                + " politely; with --build, builds them into the database.",
                "Each URL is a column's listing page: its pagination is followed and the links on the same site whose text"
                        + " or title matches --match are fetched, each once. A second run asks only for the listing pages"
                        + " (conditionally) and the articles it has not seen.",
                "robots.txt is obeyed; requests go one at a time with --delay between two to a site."})
final class CrawlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", arity = "1..*", description = "Listing pages of the columns to crawl.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for the articles, manifest.json and the crawl state (.crawl/); created if missing.")
    Path out;

    @Option(names = "--jurisdiction", paramLabel = "NAME",
            description = "The district or city whose site it is (海淀区), for the manifest; else the build infers it.")
    String jurisdiction;

    @Option(names = "--match", paramLabel = "REGEX",
            description = "What an article link's text or title must hold (default: the meeting words of rules/crawl.tsv:"
                    + " 会议, 全会, 常委会, 常务会, 办公会, 主任会议, 主席会议, 中心组, …).")
    String match;

    @Option(names = "--max-articles", paramLabel = "N", defaultValue = "0",
            description = "Fetch at most N articles in this run (default: no limit).")
    int maxArticles;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000",
            description = "Read at most N listing pages per column (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Pause between two requests to a site (default: ${DEFAULT-VALUE}; a longer Crawl-delay of"
                    + " robots.txt wins).")
    double delay;

    @Option(names = "--since", paramLabel = "DATE", description = "Leave out articles published before DATE (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--refresh", description = "Fetch every listing page and article again, unconditionally.")
    boolean refresh;

    @Option(names = "--retry-failed", description = "Fetch again the articles earlier runs failed on.")
    boolean retryFailed;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time allowed for a page to arrive, headers and body (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time allowed to connect (default: ${DEFAULT-VALUE}).")
    double connectTimeout;

    @Option(names = "--max-page-size", paramLabel = "SIZE", defaultValue = "5M",
            description = "Largest page accepted, in bytes or with k or M (default: ${DEFAULT-VALUE}).")
    String maxPageSize;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "Retries after a timeout or a 5xx answer, never after a 4xx (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--retry-wait", paramLabel = "SECONDS", defaultValue = "2",
            description = "Wait before the first retry; it doubles for each further one (default: ${DEFAULT-VALUE}).")
    double retryWait;

    @Option(names = "--build", description = "Build the crawled folder into the database afterwards (as `build DIR`).")
    boolean build;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        List<URI> columns = new ArrayList<>();
        for (String u : urls) {
            URI uri = Addresses.normalize(u);
            if (uri == null) {
                throw new CommandLine.ParameterException(cl, "\"" + u + "\" is not an http(s) address");
            }
            columns.add(uri);
        }
        CrawlSettings settings = CrawlSettings.of(columns, out)
                .withJurisdiction(jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip())
                .withLimits(nonNegative("--max-articles", maxArticles), positive("--max-pages", maxPages))
                .withSince(since)
                .withRefresh(refresh, retryFailed)
                .withDelay(seconds("--delay", delay, true))
                .withTimeouts(seconds("--connect-timeout", connectTimeout, false), seconds("--timeout", timeout, false))
                .withMaxPageBytes(size(maxPageSize))
                .withRetries(nonNegative("--retries", retries), seconds("--retry-wait", retryWait, true))
                .withUserAgent(CrawlSettings.userAgentOf(version()));
        if (match != null) {
            try {
                settings = settings.withMatch(Pattern.compile(match));
            } catch (PatternSyntaxException e) {
                throw new CommandLine.ParameterException(cl, "--match: bad regular expression: " + e.getDescription());
            }
        }
        CrawlReport report = Crawler.crawl(settings, cl.getErr());
        cl.getOut().println(report.summary() + " (" + out + ")");
        cl.getOut().flush();
        int code = report.failed() > 0 ? 1 : 0;
        if (build) {
            if (report.manifestEntries() == 0) {
                cl.getOut().println("nothing to build: the crawl has stored no bulletin");
                return code;
            }
            // the build command itself, on a command line of its own as a user would type it, so that --build does
            // whatever `build` does (and will do: a database a running server holds is built through that server)
            int built = Main.commandLine(cl.getOut(), cl.getErr()).execute("build", "--db", db.db.toString(), out.toString());
            code = Math.max(code, built);
        }
        return code;
    }

    /** "bulletin-kg 0.1.0" of the root command gives 0.1.0. */
    private String version() {
        String[] v = spec.root().version();
        if (v.length == 0) {
            return "dev";
        }
        String[] words = v[0].trim().split("\\s+");
        return words[words.length - 1];
    }

    private int nonNegative(String option, int n) {
        if (n < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be 0 or more, not " + n);
        }
        return n;
    }

    private int positive(String option, int n) {
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least 1, not " + n);
        }
        return n;
    }

    private Duration seconds(String option, double s, boolean zeroAllowed) {
        if (Double.isNaN(s) || s < 0 || !zeroAllowed && s == 0 || s > 86_400) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be "
                    + (zeroAllowed ? "0 or more" : "more than 0") + " seconds (at most a day), not " + s);
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private long size(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("k") || t.endsWith("kb")) {
            unit = 1024;
            t = t.replaceAll("kb?$", "");
        } else if (t.endsWith("m") || t.endsWith("mb")) {
            unit = 1024 * 1024;
            t = t.replaceAll("mb?$", "");
        }
        try {
            long n = Long.parseLong(t.strip()) * unit;
            if (n >= 1024) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--max-page-size must be a size of at least 1k"
                + " (such as 500k or 5M), not \"" + text + "\"");
    }
}
