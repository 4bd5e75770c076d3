package org.bulletinkg.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.BulletinKgException;

/** A rule table whose rows are name and regular expression, read by name at a position of a text. */
public final class NamedPatterns {
    private final String table;
    private final Map<String, Pattern> patterns = new HashMap<>();

    private NamedPatterns(String table) {
        this.table = table;
        for (RuleTable.Row r : RuleTable.read(table)) {
            patterns.put(r.name(), Pattern.compile(r.get(1)));
        }
    }

    /** The rules of {@code rules/<table>}. */
    public static NamedPatterns of(String table) {
        return new NamedPatterns(table);
    }

    /** The rule's match starting at {@code at} (its ^ anchors there), or null; offsets are the text's. */
    public Matcher matcherAt(String name, CharSequence text, int at) {
        Matcher m = pattern(name).matcher(text);
        m.region(at, text.length());
        return m.lookingAt() ? m : null;
    }

    /** Whether the rule matches starting at {@code at}. */
    public boolean matches(String name, CharSequence text, int at) {
        return matcherAt(name, text, at) != null;
    }

    /** Whether the rule matches somewhere in {@code s}. */
    public boolean finds(String name, CharSequence s) {
        return pattern(name).matcher(s).find();
    }

    /** Whether the rule matches all of {@code s}. */
    public boolean matchesWhole(String name, CharSequence s) {
        return pattern(name).matcher(s).matches();
    }

    private Pattern pattern(String name) {
        Pattern p = patterns.get(name);
        if (p == null) {
            throw new BulletinKgException("rules/" + table + " has no rule named " + name);
        }
        return p;
    }
}
