package org.bulletinkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.extract.Gazetteer.Division;
import org.bulletinkg.parse.Bulletin;

/**
 * Whose bodies a bulletin's 区委, 县政府, 市人大常委会 mean: the manifest's jurisdiction where it names one
 * (resolved in the gazetteer, 朝阳区 by the province or city the text names); else the division whose body
 * the title or the opening names (海淀区委, 临河区第十四届委员会, 阜平县委常委会), else the one its 来源 line
 * names, else the one its address's host spells (www.bagongshan.gov.cn). Null when none of these says.
 */
public final class JurisdictionReader {
    /** A division's name right before one of its bodies. */
    private static final Pattern BODY_AFTER = Pattern.compile("^(?:委|人民政府|政府|人大|政协|第[一二三四五六七八九十]+届)");
    private static final int OPENING = 300;

    /** A jurisdiction and where it came from: manifest, text, source-line or address-host. */
    public record Found(Division division, String source) {
    }

    /** Built once per process, on the first bulletin that needs it. */
    private static HostJurisdiction sharedHosts;

    private final Gazetteer gazetteer;
    private HostJurisdiction hosts;

    public JurisdictionReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Found find(Bulletin b) {
        String named = b.metadata().jurisdiction();
        if (named != null && !named.isBlank()) {
            Division d = gazetteer.jurisdiction(named, b.text());
            return d == null ? null : new Found(d, "manifest");
        }
        String text = b.text();
        Division d = bodyOwner(text.substring(0, Math.min(text.length(), OPENING)));
        if (d != null) {
            return new Found(d, "text");
        }
        if (b.sourceLabel() != null) {
            d = bodyOwner(b.sourceLabel() + "委");
            if (d != null) {
                return new Found(d, "source-line");
            }
        }
        String url = b.metadata().sourceUrl();
        d = url == null || url.isBlank() ? null : hosts().of(url, text);
        return d == null ? null : new Found(d, "address-host");
    }

    private HostJurisdiction hosts() {
        HostJurisdiction h = hosts;
        if (h == null) {
            synchronized (JurisdictionReader.class) {
                if (sharedHosts == null) {
                    sharedHosts = new HostJurisdiction(gazetteer);
                }
                h = hosts = sharedHosts;
            }
        }
        return h;
    }

    /** The first county, prefecture or province whose full name stands right before a body word. */
    private Division bodyOwner(String text) {
        for (int i = 0; i < text.length(); i++) {
            for (int len = Math.min(gazetteer.longestName(), text.length() - i); len >= 2; len--) {
                String s = text.substring(i, i + len);
                if (gazetteer.named(s).isEmpty()) {
                    continue;
                }
                Matcher m = BODY_AFTER.matcher(text.substring(i + len));
                if (m.find()) {
                    Division d = gazetteer.jurisdiction(s, text);
                    if (d != null && d.level() != Gazetteer.Level.TOWNSHIP) {
                        return d;
                    }
                }
            }
        }
        return null;
    }
}
