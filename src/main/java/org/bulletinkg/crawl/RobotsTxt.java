package org.bulletinkg.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a robots.txt (RFC 9309) that apply to one crawler: the groups whose user-agent names its
 * product token, else the groups for {@code *}. The longest matching rule wins, an allow over a disallow of the
 * same length; {@code *} and a final {@code $} are understood. Crawl-delay, which many Chinese sites give, is
 * read as well. Immutable.
 */
public final class RobotsTxt {
    /** A robots.txt that allows everything (none, or a 4xx answer). */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null, null);

    private record Rule(boolean allow, String path, Pattern pattern) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;
    /** Why nothing may be fetched (robots.txt unreachable), or null. */
    private final String unreachable;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay, String unreachable) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
        this.unreachable = unreachable;
    }

    /** What an unreachable robots.txt means (RFC 9309 2.3.1.4): nothing may be fetched. */
    public static RobotsTxt unreachable(String why) {
        return new RobotsTxt(List.of(), null, why);
    }

    /** Why robots.txt allows nothing because it could not be read, or null when it was read. */
    public String unreachableBecause() {
        return unreachable;
    }

    /** The rules of a robots.txt's text for the crawler whose product token is given ("bulletin-kg"). */
    public static RobotsTxt parse(String text, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> ours = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        Duration ourDelay = null;
        Duration starDelay = null;
        boolean oursFound = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\\r\\n|\\r|\\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
                continue;
            }
            if (agents.isEmpty()) {
                continue;
            }
            inRules = true;
            boolean forUs = agents.stream().anyMatch(a -> !a.equals("*") && !a.isBlank() && token.contains(a.split("/")[0].strip()));
            boolean forAll = agents.contains("*");
            switch (field) {
                case "allow", "disallow" -> {
                    if (value.isEmpty()) {
                        if (forUs) {
                            oursFound = true;
                        }
                        continue;
                    }
                    Rule rule = new Rule(field.equals("allow"), value, toPattern(value));
                    if (forUs) {
                        ours.add(rule);
                        oursFound = true;
                    } else if (forAll) {
                        star.add(rule);
                    }
                }
                case "crawl-delay" -> {
                    Duration d = seconds(value);
                    if (forUs) {
                        ourDelay = d;
                        oursFound = true;
                    } else if (forAll) {
                        starDelay = d;
                    }
                }
                default -> {
                    // sitemap and other fields: not rules
                }
            }
        }
        return oursFound ? new RobotsTxt(ours, ourDelay, null) : new RobotsTxt(star, starDelay, null);
    }

    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s >= 0 && s <= 3600 ? Duration.ofMillis(Math.round(s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A rule's path as an expression matched from the path's start: * any run of characters, a final $ the end. */
    private static Pattern toPattern(String path) {
        boolean anchored = path.endsWith("$");
        String body = anchored ? path.substring(0, path.length() - 1) : path;
        StringBuilder regex = new StringBuilder();
        String[] parts = body.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        if (anchored) {
            regex.append('$');
        }
        return Pattern.compile(regex.toString());
    }

    /** Whether the crawler may fetch a path (with its query, as the address spells it). */
    public boolean allows(String pathAndQuery) {
        if (unreachable != null) {
            return false;
        }
        if (pathAndQuery.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule r : rules) {
            if (r.pattern().matcher(pathAndQuery).lookingAt()) {
                if (best == null || r.path().length() > best.path().length()
                        || r.path().length() == best.path().length() && r.allow() && !best.allow()) {
                    best = r;
                }
            }
        }
        return best == null || best.allow();
    }

    /** The Crawl-delay the site asks of this crawler, or null. */
    public Duration crawlDelay() {
        return crawlDelay;
    }
}
