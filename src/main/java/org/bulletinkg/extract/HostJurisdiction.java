package org.bulletinkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bulletinkg.extract.Gazetteer.Division;
import org.bulletinkg.extract.Gazetteer.Level;

/**
 * The division a government site's address names by the pinyin of its name (www.bagongshan.gov.cn: 八公山区,
 * yanshi.gov.cn: 偃师区): the last resort for a bulletin's jurisdiction. A label that several divisions spell
 * (yizhou: 伊州区 and 宜州区) counts only where the text names the province or city of exactly one of them;
 * initials (hy.gov.cn) are too short to tell.
 */
final class HostJurisdiction {
    /** Labels of a host that name no place (shorter ones than {@link #SHORTEST} are never read). */
    private static final Set<String> GENERIC = Set.of("news", "zwgk", "portal", "site", "info");
    private static final int SHORTEST = 4;

    private final Gazetteer gazetteer;
    private final Map<String, List<Division>> bySpelling = new HashMap<>();

    HostJurisdiction(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Division d : gazetteer.all()) {
            if (d.abolished() || d.level() == Level.TOWNSHIP || d.level() == Level.PROVINCE) {
                continue;
            }
            String root = d.shortName() != null ? d.shortName() : d.name().substring(0, d.name().length() - 1);
            for (String name : new String[] {root, d.name()}) {
                String spelled = spell(name);
                if (spelled.length() >= SHORTEST) {
                    List<Division> list = bySpelling.computeIfAbsent(spelled, k -> new ArrayList<>());
                    if (!list.contains(d)) {
                        list.add(d);
                    }
                }
            }
        }
    }

    /** The division the address's host spells, or null. */
    Division of(String url, String text) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        for (String label : host.split("\\.")) {
            if (label.length() < SHORTEST || GENERIC.contains(label)) {
                continue;
            }
            List<Division> candidates = bySpelling.getOrDefault(label, List.of());
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            List<Division> named = candidates.stream().filter(c -> ancestorNamed(c, text)).toList();
            if (named.size() == 1) {
                return named.get(0);
            }
        }
        return null;
    }

    private boolean ancestorNamed(Division d, String text) {
        for (Division a = gazetteer.parentOf(d); a != null; a = gazetteer.parentOf(a)) {
            if (text.contains(a.name()) || a.shortName() != null && text.contains(a.shortName())) {
                return true;
            }
        }
        return false;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String spell(String name) {
        StringBuilder b = new StringBuilder();
        for (Pinyin p : HanLP.convertToPinyinList(name)) {
            String s = p.getPinyinWithoutTone();
            if (s == null || s.equals("none")) {
                return "";
            }
            b.append(s);
        }
        return b.toString();
    }
}
