package org.bulletinkg.map;

/**
 * The parent of a convening body where its name makes it certain: a standing committee (常委会) belongs to the
 * party committee, congress or CPPCC it is named after (海淀区委常委会 within 海淀区委, 西城区人大常委会 within
 * 西城区人大). Other bodies (区政府, leading groups) get no parent rather than a guessed one.
 */
final class Bodies {
    private static final String STANDING_COMMITTEE = "常委会";

    private Bodies() {
    }

    /** The canonical name of the body's parent, or null. */
    static String parentOf(String body) {
        if (!body.endsWith(STANDING_COMMITTEE)) {
            return null;
        }
        String parent = body.substring(0, body.length() - STANDING_COMMITTEE.length());
        boolean named = parent.endsWith("委") || parent.endsWith("人大") || parent.endsWith("政协");
        return named && parent.length() >= 2 ? parent : null;
    }
}
