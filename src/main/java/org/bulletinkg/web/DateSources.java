package org.bulletinkg.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.bulletinkg.BulletinKgException;

/** What each bkg:dateSource code means, zh and en (web/data/date-sources.tsv). */
final class DateSources {
    private static final String RESOURCE = "web/data/date-sources.tsv";
    private static final Map<String, Link> MEANINGS = load();

    private DateSources() {
    }

    /** The code's meaning as a link-less name (zh, en beside); an unknown code stands for itself. */
    static Link meaning(String code) {
        if (code == null || code.isEmpty())
            return new Link("", "", "", "");
        Link l = MEANINGS.get(code);
        return l != null ? l : new Link("", code, "", "");
    }

    private static Map<String, Link> load() {
        Map<String, Link> out = new HashMap<>();
        try (InputStream in = DateSources.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new BulletinKgException("resource missing from the program: " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank())
                    continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3)
                    throw new BulletinKgException(RESOURCE + ": expected code, zh, en in: " + line);
                out.put(f[0], new Link("", f[1], f[2], ""));
            }
        } catch (IOException e) {
            throw new BulletinKgException(RESOURCE + ": cannot read (" + e.getMessage() + ")", e);
        }
        return Map.copyOf(out);
    }
}
