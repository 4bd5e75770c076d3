package org.bulletinkg.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.source.RawBulletin;
import org.bulletinkg.source.SourceMetadata;

/** Builds bulletins from plain text for extractor tests, and one extractor for them all. */
final class ExtractorFixtures {
    private static BulletinExtractor extractor;

    private ExtractorFixtures() {
    }

    static synchronized BulletinExtractor extractor() {
        if (extractor == null) {
            Lexicon lexicon = Lexicon.standard();
            extractor = new BulletinExtractor(org.bulletinkg.pipeline.Pipeline.segmenter(lexicon), lexicon);
        }
        return extractor;
    }

    /** A plain-text bulletin: the title line, then paragraphs. */
    static Bulletin plain(String jurisdiction, LocalDate published, String title, String... paragraphs) {
        return plainAt(null, jurisdiction, published, title, paragraphs);
    }

    /** A plain-text bulletin published at an address. */
    static Bulletin plainAt(String url, String jurisdiction, LocalDate published, String title, String... paragraphs) {
        String text = title + "\n" + String.join("\n", paragraphs) + "\n";
        SourceMetadata meta = new SourceMetadata("fixture.txt", url, jurisdiction, published);
        return new BulletinParser().parse(new RawBulletin("fixture", Path.of("fixture.txt"),
                text.getBytes(StandardCharsets.UTF_8), meta));
    }

    /** Each person's posts as written. */
    static java.util.Map<String, java.util.List<String>> posts(Extraction x) {
        return x.people().stream().collect(java.util.stream.Collectors.toMap(PersonFact::name,
                p -> p.posts().stream().map(PostFact::title).toList()));
    }

    static Extraction extract(String jurisdiction, LocalDate published, String title, String... paragraphs) {
        return extractor().extract(plain(jurisdiction, published, title, paragraphs));
    }

    static Extraction extractAt(String url, String jurisdiction, String title, String... paragraphs) {
        return extractor().extract(plainAt(url, jurisdiction, null, title, paragraphs));
    }
}
