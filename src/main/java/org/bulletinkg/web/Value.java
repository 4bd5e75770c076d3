package org.bulletinkg.web;

import org.apache.jena.graph.Node;

/** The value of a fact: a thing of the graph (a link) or a literal's text (with its language, if any). */
public record Value(Link link, String text, String lang) {
    public Value {
        text = text == null ? "" : text;
        lang = lang == null ? "" : lang;
    }

    public boolean isLink() {
        return link != null;
    }

    static Value of(Node node, Labels labels) {
        if (node.isURI())
            return new Value(labels.link(node), "", "");
        if (node.isLiteral())
            return new Value(null, node.getLiteralLexicalForm(), node.getLiteralLanguage());
        return new Value(null, node.toString(), "");
    }
}
