package org.bulletinkg.source;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the test fixtures under src/test/resources/parse. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A fixture file or folder, e.g. {@code "dev/manifest.json"}. */
    public static Path path(String relative) {
        URL url = Fixtures.class.getResource("/parse/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The copy of the development set (bulletins and manifest). */
    public static Path dev() {
        return path("dev");
    }
}
