package org.bulletinkg.resolve;

import java.util.HashMap;
import java.util.Map;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.extract.PersonFact;
import org.bulletinkg.extract.PostFact;

/**
 * Decides which people of different bulletins are one person. A name is a person within a scope: the
 * nation for national leaders, the city for holders of city posts (市委书记), else the jurisdiction whose
 * bulletin names them. The same name in one scope is one person (孙立新 chairing Xicheng's congress and
 * sitting in on Xicheng's party committee); the same name in two districts stays two people.
 */
public final class PersonScopes {
    public static final String NATIONAL = "national";
    private static final String CITY = "北京市";

    private PersonScopes() {
    }

    /** The scope of every person the extraction names. */
    public static Map<String, String> of(Extraction x, Lexicon lexicon) {
        String jurisdiction = x.jurisdictionName();
        Map<String, String> scopes = new HashMap<>();
        for (PersonFact p : x.people()) {
            scopes.put(p.name(), scopeOf(p, jurisdiction, lexicon));
        }
        for (PersonFact r : x.reporters()) {
            scopes.putIfAbsent(r.name(), jurisdiction == null ? "unknown" : jurisdiction);
        }
        return scopes;
    }

    static String scopeOf(PersonFact p, String jurisdiction, Lexicon lexicon) {
        if (lexicon.isLeader(p.name())) {
            return NATIONAL;
        }
        for (PostFact post : p.posts()) {
            String t = post.title();
            if (t.equals("总书记") || t.equals("总理") || t.startsWith("国务院") || t.startsWith("全国") || t.startsWith("中央")) {
                return NATIONAL;
            }
            if (t.startsWith("市")) {
                return CITY;
            }
        }
        return jurisdiction == null ? "unknown" : jurisdiction;
    }
}
