package org.bulletinkg.source;

import java.time.LocalDate;

/**
 * What a crawler knows about a bulletin without reading it (one manifest entry).
 *
 * @param file         the file name as the manifest gives it (relative to the manifest's folder)
 * @param sourceUrl    where it was published, or null
 * @param jurisdiction the district or city whose site published it ("海淀区"), or null when unknown
 * @param published    the publication date, or null
 */
public record SourceMetadata(String file, String sourceUrl, String jurisdiction, LocalDate published) {
    public static SourceMetadata unknown(String file) {
        return new SourceMetadata(file, null, null, null);
    }
}
