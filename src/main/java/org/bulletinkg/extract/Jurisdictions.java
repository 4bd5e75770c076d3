package org.bulletinkg.extract;

import java.util.List;

/** What a jurisdiction's name says of it: its level (海淀区 → 区, 海北藏族自治州 → 州). */
final class Jurisdictions {
    private static final List<String> LEVELS = List.of("街道", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡");

    private Jurisdictions() {
    }

    /** The level word a jurisdiction's bodies carry (区 for 区委), or null when the name has none. */
    static String level(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return null;
        }
        for (String l : LEVELS) {
            if (jurisdiction.endsWith(l)) {
                return l;
            }
        }
        return null;
    }
}
