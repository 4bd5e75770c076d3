package org.bulletinkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an HTML element as lines: a line break at every block element's start and end and at every
 * {@code <br>}; line breaks in the HTML source are only white space. Lines are normalised with
 * {@link TextNormalizer}; blank ones are dropped.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
            "th", "thead", "tr", "ul", "caption", "body");

    /** Elements whose text is never bulletin content. */
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "select", "option", "button", "textarea", "head", "title");

    private BlockText() {
    }

    static List<String> lines(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    sb.append(text.getWholeText().replace('\r', ' ').replace('\n', ' '));
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (SKIPPED.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br") || BLOCKS.contains(tag)) {
                        sb.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    sb.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String clean = TextNormalizer.normalize(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return lines;
    }
}
