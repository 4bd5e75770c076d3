package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletinkg.nlp.Segmenter;
import org.bulletinkg.nlp.Token;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * People's names: each paragraph segmented by HanLP and read by {@link PersonRecognizer} (posts, lists, leaders),
 * then every later occurrence of a name already known. Not thread-safe (the segmenter is not).
 */
final class NameReader {
    private final Segmenter segmenter;
    private final PersonRecognizer persons;

    NameReader(Segmenter segmenter, Lexicon lexicon) {
        this.segmenter = segmenter;
        this.persons = new PersonRecognizer(lexicon);
    }

    List<NameMention> names(Bulletin b, List<PersonFact> byline) {
        String text = b.text();
        List<NameMention> found = new ArrayList<>();
        int group = 0;
        for (Span p : b.paragraphs()) {
            String para = b.textOf(p);
            List<Token> tokens = new ArrayList<>();
            for (Token t : segmenter.segment(para)) {
                tokens.add(new Token(t.word(), t.nature(), t.start() + p.start()));
            }
            List<NameMention> ms = persons.recognize(text, p.start(), p.end(), tokens, group);
            for (NameMention m : ms) {
                group = Math.max(group, m.group());
            }
            found.addAll(ms);
        }
        // later mentions of a name already known (邵文斌指出, 孙剑波、胡波飞从…)
        List<String> known = new ArrayList<>();
        for (NameMention m : found) {
            if (!known.contains(m.name())) {
                known.add(m.name());
            }
        }
        known.sort(Comparator.comparingInt(String::length).reversed());
        List<NameMention> again = new ArrayList<>();
        int bodyStart = b.paragraphs().size() > 1 ? b.paragraphs().get(1).start() : 0;
        for (String name : known) {
            int at = text.indexOf(name, 0);
            while (at >= 0) {
                int s = at;
                if (!covered(found, s, s + name.length()) && !covered(again, s, s + name.length())
                        && !inByline(byline, s) && s >= 0) {
                    again.add(new NameMention(name, s, s + name.length(), List.of(), 0, "known-name"));
                }
                at = text.indexOf(name, at + name.length());
            }
        }
        again.sort(Comparator.comparingInt(NameMention::start));
        // consecutive re-mentions joined by 、 form one list
        NameMention prev = null;
        for (NameMention m : again) {
            boolean joined = prev != null && m.start() == prev.end() + 1 && text.charAt(prev.end()) == '、';
            int g = joined ? prev.group() : ++group;
            NameMention withGroup = new NameMention(m.name(), m.start(), m.end(), m.posts(), g, m.rule());
            found.add(withGroup);
            prev = withGroup;
        }
        found.sort(Comparator.comparingInt(NameMention::start));
        return found;
    }

    private static boolean inByline(List<PersonFact> byline, int offset) {
        for (PersonFact p : byline) {
            if (offset >= p.evidence().start() && offset < p.evidence().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<NameMention> ms, int s, int e) {
        return PersonRecognizer.covered(ms, s, e);
    }

    /** One person per name, with every post the text gives them (a post written twice counted once). */
    static List<PersonFact> people(List<NameMention> names, List<PersonFact> byline) {
        Map<String, List<PostFact>> posts = new LinkedHashMap<>();
        Map<String, Evidence> first = new LinkedHashMap<>();
        for (NameMention m : names) {
            List<PostFact> list = posts.computeIfAbsent(m.name(), k -> new ArrayList<>());
            first.putIfAbsent(m.name(), Evidence.of(m.start(), m.end(), m.rule()));
            for (PostFact p : m.posts()) {
                if (list.stream().noneMatch(x -> x.title().equals(p.title()))) {
                    list.add(p);
                }
            }
        }
        for (PersonFact r : byline) {
            List<PostFact> list = posts.computeIfAbsent(r.name(), k -> new ArrayList<>());
            first.putIfAbsent(r.name(), r.evidence());
            for (PostFact p : r.posts()) {
                if (list.stream().noneMatch(x -> x.title().equals(p.title()))) {
                    list.add(p);
                }
            }
        }
        List<PersonFact> out = new ArrayList<>();
        posts.forEach((name, list) -> out.add(new PersonFact(name, list, first.get(name))));
        return out;
    }
}
