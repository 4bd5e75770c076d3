package org.bulletinkg.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document's title says about it: its type (the word it ends with), the year it names and the district or
 * city it belongs to. 《海淀区2020年固定资产投资推进方案》 is a 方案 of 海淀区 for 2020.
 *
 * @param typeIri          a concept of the document-type scheme, or null
 * @param year             the year written in Arabic digits (2020年), or null; 二〇三五年远景目标 is a target, not the year
 * @param jurisdictionName the district or city the title names, or null
 * @param jurisdictionIri  its place IRI, or null
 */
record DocumentTitle(String typeIri, Integer year, String jurisdictionName, String jurisdictionIri) {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    /** A trailing bracket that qualifies the title without naming its type: （试行）, （草案）, (2020年版). */
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^（）()]{1,12}[）)]$");

    static DocumentTitle read(String title, Schemes schemes) {
        return read(title, schemes, null);
    }

    /** With the bulletin's jurisdiction, which tells a shared name (朝阳区) apart. */
    static DocumentTitle read(String title, Schemes schemes, org.bulletinkg.extract.Gazetteer.Division context) {
        Matcher y = YEAR.matcher(title);
        Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
        Schemes.Label place = schemes.jurisdiction(title, context);
        return new DocumentTitle(schemes.documentType(title), year,
                place == null ? null : place.text(), place == null ? null : place.iri());
    }

    static String withoutTrailingBracket(String title) {
        return TRAILING_BRACKET.matcher(title.strip()).replaceFirst("").strip();
    }
}
