package org.bulletinkg.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of a whole HTML page.
 *
 * <p>First the page chrome is removed: navigation, headers and footers, crumbs, the article-info line,
 * previous/next links, tool bars, share buttons (by tag, or by words in an element's class or id). Then the
 * body is, in order of preference, a container whose class or id names it as one ({@code article-content},
 * {@code TRS_Editor}, {@code zoom}, {@code content}: the most specific element holding most of the text
 * of the matches), else the element whose direct {@code <p>} children hold the most text, else the whole
 * {@code <body>}. A named container loses to the densest-paragraph element when it holds much less text than
 * that element's paragraphs: the name was then a false friend (a sidebar called "news-content", say).
 */
final class BodyLocator {
    /** Names of body containers, most telling first; matched in class and id with '-' and '_' removed. */
    private static final List<String> CONTAINER_NAMES = List.of("articlecontent", "trseditor", "zoom", "content");

    /** Tags that are never the article. */
    private static final Set<String> NOISE_TAGS = Set.of(
            "script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "aside", "select",
            "button", "input", "textarea", "object", "embed", "svg", "canvas", "link", "meta");

    /** Words in a class or id that mark page chrome. */
    private static final Set<String> NOISE_WORDS = Set.of(
            "crumb", "crumbs", "breadcrumb", "breadcrumbs", "bread", "nav", "navbar", "navigation", "menu",
            "topbar", "toolbar", "tools", "tool", "header", "footer", "foot", "share", "pages", "pager",
            "pagination", "prev", "next", "related", "sidebar", "aside", "position", "location", "info",
            "copyright", "fontsize", "print", "search", "logo", "banner", "dqwz");

    /** A named container must hold at least this many visible characters. */
    private static final int MIN_CONTAINER_CHARS = 10;
    /** Descend into a nested match when it holds at least this share of its parent match's text. */
    private static final double NESTED_SHARE = 0.8;

    private BodyLocator() {
    }

    /** The article body of the page; removes the page chrome from {@code body} as a side effect. */
    static Element locate(Element body) {
        removeChrome(body);
        Measures m = Measures.of(body);
        Element dense = densest(body, m);
        Element named = namedContainer(body, m);
        if (named != null) {
            if (dense != null && !named.equals(dense) && m.paragraphChars(dense) > 2 * m.chars(named)) {
                return dense;
            }
            return named;
        }
        return dense != null ? dense : body;
    }

    /** Whether an element is page chrome by its tag or the words of its class and id. */
    private static boolean isChrome(Element el) {
        if (NOISE_TAGS.contains(el.normalName())) {
            return true;
        }
        boolean noisy = false;
        for (String word : words(el)) {
            if (NOISE_WORDS.contains(word)) {
                noisy = true;
                break;
            }
        }
        if (!noisy) {
            return false;
        }
        // An element named as chrome that is, or holds, a named container is a wrapper: keep it.
        for (Element inner : el.getAllElements()) {
            if (containerRank(inner) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static void removeChrome(Element body) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && el != body && isChrome(el)) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        doomed.forEach(Element::remove);
    }

    /** The element whose direct {@code <p>} children hold the most text, or null when there are none. */
    private static Element densest(Element body, Measures m) {
        Element best = null;
        int bestChars = 0;
        for (Element el : body.getAllElements()) {
            int chars = m.paragraphChars(el);
            if (chars > bestChars) {
                best = el;
                bestChars = chars;
            }
        }
        return best;
    }

    /** The best named container, or null when no element is named as one (with enough text). */
    private static Element namedContainer(Element body, Measures m) {
        for (int rank = 0; rank < CONTAINER_NAMES.size(); rank++) {
            List<Element> matches = new ArrayList<>();
            for (Element el : body.getAllElements()) {
                if (el != body && containerRank(el) == rank && m.chars(el) >= MIN_CONTAINER_CHARS) {
                    matches.add(el);
                }
            }
            if (matches.isEmpty()) {
                continue;
            }
            Element current = matches.get(0);
            for (Element el : matches) {
                if (m.chars(el) > m.chars(current)) {
                    current = el;
                }
            }
            // Go down to the most specific match that still holds most of the text.
            boolean descended = true;
            while (descended) {
                descended = false;
                for (Element el : matches) {
                    if (el != current && isDescendant(el, current)
                            && m.chars(el) >= NESTED_SHARE * m.chars(current)) {
                        current = el;
                        descended = true;
                        break;
                    }
                }
            }
            return current;
        }
        return null;
    }

    /** The rank of the first container name an element's class or id holds, or -1. */
    static int containerRank(Element el) {
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (names.isBlank()) {
            return -1;
        }
        for (int i = 0; i < CONTAINER_NAMES.size(); i++) {
            if (names.contains(CONTAINER_NAMES.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The words of an element's class names and id: split at non-letters and at lower-to-upper case. */
    static List<String> words(Element el) {
        List<String> words = new ArrayList<>();
        String names = el.className() + " " + el.id();
        StringBuilder word = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean letterOrDigit = (c < 128) && Character.isLetterOrDigit(c);
            boolean camelBreak = Character.isUpperCase(c) && Character.isLowerCase(prev);
            if (!letterOrDigit || camelBreak) {
                if (word.length() > 0) {
                    words.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
            }
            if (letterOrDigit) {
                word.append(c);
            }
            prev = c;
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean isDescendant(Element el, Element ancestor) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Visible-character counts per element, computed in one pass. */
    private static final class Measures {
        private final Map<Element, Integer> chars = new IdentityHashMap<>();
        private final Map<Element, Integer> paragraphChars = new IdentityHashMap<>();

        static Measures of(Element root) {
            Measures m = new Measures();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof TextNode text) {
                        Element parent = text.parent();
                        if (parent != null) {
                            m.chars.merge(parent, visible(text.getWholeText()), Integer::sum);
                        }
                    } else if (node instanceof Element el) {
                        int own = m.chars(el);
                        Element parent = el.parent();
                        if (parent != null && el != root) {
                            m.chars.merge(parent, own, Integer::sum);
                            if (el.normalName().equals("p")) {
                                m.paragraphChars.merge(parent, own, Integer::sum);
                            }
                        }
                    }
                }
            }, root);
            return m;
        }

        int chars(Element el) {
            return chars.getOrDefault(el, 0);
        }

        int paragraphChars(Element el) {
            return paragraphChars.getOrDefault(el, 0);
        }

        private static int visible(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!TextNormalizer.isSpace(c) && !TextNormalizer.isInvisible(c)) {
                    n++;
                }
            }
            return n;
        }
    }
}
