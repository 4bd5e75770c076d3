package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Documents in 《》 that a meeting dealt with. A title counts when an agenda verb (研究, 审议, 通过, 讨论,
 * 听取 ...) comes before it in its sentence; a book read in a study (结合《…》第三卷) does not.
 */
final class DocumentReader {
    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,160})》");
    /** Agenda verbs, most specific first: the first found before a title names what was done to it. */
    private static final List<String> ACTIONS = new ArrayList<>();
    private static Pattern notADocument;
    private static Pattern aside;
    private static final Pattern BOOK_VOLUME = Pattern.compile("^第[一二三四五六七八九十0-9]+卷");

    static {
        for (org.bulletinkg.rules.RuleTable.Row r : org.bulletinkg.rules.RuleTable.read("documents.tsv")) {
            switch (r.name()) {
                case "verb" -> ACTIONS.add(r.get(1));
                case "not-a-document" -> notADocument = Pattern.compile(r.get(1));
                case "aside" -> aside = Pattern.compile(r.get(1));
                default -> throw new IllegalStateException("rules/documents.tsv line " + r.line() + ": unknown rule " + r.name());
            }
        }
    }

    List<DocumentFact> read(Bulletin b) {
        Map<String, DocumentFact> found = new LinkedHashMap<>();
        String text = b.text();
        for (Span s : b.sentences()) {
            if (s.paragraph() == 0) {
                continue;
            }
            String sentence = b.textOf(s);
            Matcher m = TITLE.matcher(sentence);
            while (m.find()) {
                String title = m.group(1).strip();
                String before = sentence.substring(0, m.start());
                String after = sentence.substring(m.end());
                if (aside.matcher(before).find() || BOOK_VOLUME.matcher(after).find()
                        || notADocument.matcher(title).matches()) {
                    continue;
                }
                String action = lastAction(before);
                if (action == null) {
                    continue;
                }
                DocumentFact prior = found.get(title);
                String best = prior == null ? action : stronger(prior.action(), action);
                Evidence ev = prior != null ? prior.evidence()
                        : Evidence.of(s.start(), s.end(), "document-after-" + action);
                found.put(title, new DocumentFact(title, best, ev));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The agenda verb that ends last before the title; of two ending together, the longer (审议通过 over 通过). */
    private static String lastAction(String before) {
        int bestEnd = -1;
        String best = null;
        for (String a : ACTIONS) {
            int i = before.lastIndexOf(a);
            if (i < 0) {
                continue;
            }
            int end = i + a.length();
            if (end > bestEnd || (end == bestEnd && a.length() > best.length())) {
                bestEnd = end;
                best = a;
            }
        }
        return best;
    }

    /** An adoption outranks a study of the same document. */
    private static String stronger(String a, String b) {
        return ACTIONS.indexOf(b) < ACTIONS.indexOf(a) ? b : a;
    }
}
