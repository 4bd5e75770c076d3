package org.bulletinkg.web;

import org.bulletinkg.resolve.Iris;
import org.bulletinkg.vocab.BKG;

/**
 * A thing of the graph as a page shows it: where it links to, its zh name and its en name beside (either may be
 * empty), and its IRI. The graph's own IRIs link to this server's /id/ pages, the ontology's terms to /ontology.
 */
public record Link(String href, String zh, String en, String iri) {
    public Link {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    /** The name to show first: zh, else en, else the IRI's last segment. */
    public String name() {
        if (!zh.isEmpty())
            return zh;
        if (!en.isEmpty())
            return en;
        return lastSegment(iri);
    }

    /** The en name when a zh name is shown first (so both appear), else empty. */
    public String beside() {
        return !zh.isEmpty() && !en.isEmpty() && !en.equals(zh) ? en : "";
    }

    static Link to(String iri, String zh, String en) {
        return new Link(localHref(iri), zh, en, iri);
    }

    /** The path on this server that describes {@code iri}, or the IRI itself when it is not the graph's. */
    static String localHref(String iri) {
        if (iri == null)
            return "";
        if (iri.startsWith(Iris.BASE))
            return "/id/" + iri.substring(Iris.BASE.length());
        if (iri.startsWith(BKG.NS))
            return "/ontology#" + iri.substring(BKG.NS.length());
        if (iri.equals(ontologyIri()))
            return "/ontology";
        return webAddress(iri);
    }

    /** The address if it is one a page may link to (http or https), else empty: no javascript: or data: links. */
    static String webAddress(String address) {
        if (address == null)
            return "";
        String a = address.strip();
        String lower = a.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? a : "";
    }

    static String ontologyIri() {
        return BKG.NS.substring(0, BKG.NS.length() - 1);
    }

    static String lastSegment(String iri) {
        if (iri == null)
            return "";
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
