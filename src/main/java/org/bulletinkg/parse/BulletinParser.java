package org.bulletinkg.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bulletinkg.BadInputException;
import org.bulletinkg.parse.Bulletin.Form;
import org.bulletinkg.source.CharsetDetection;
import org.bulletinkg.source.RawBulletin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a bulletin's bytes into a {@link Bulletin}: decodes them ({@link CharsetDetection}), tells the form
 * (seed, whole HTML page, plain text), takes the headline, date, 来源 and body paragraphs, and cuts sentences.
 *
 * <p>The publication date is the manifest's when it gives one, else the page's 发布时间, else null. Bytes
 * that hold no text (binary content, or neither a headline nor a paragraph) are a {@link BadInputException}
 * naming the file. Stateless and safe to share between threads.
 */
public final class BulletinParser {
    private static final Logger LOG = LoggerFactory.getLogger(BulletinParser.class);

    /** How many bytes are looked at for NUL bytes, the mark of a binary file. */
    private static final int NUL_SCAN_BYTES = 8000;
    /** Binary when more than this share of the decoded characters are controls or replacement characters. */
    private static final double MAX_JUNK_SHARE = 0.02;

    public Bulletin parse(RawBulletin raw) {
        Objects.requireNonNull(raw, "raw");
        byte[] bytes = raw.bytes();
        if (bytes.length == 0) {
            throw new BadInputException(raw.path(), "empty file");
        }
        CharsetDetection.Decoded read = CharsetDetection.detectAndDecode(bytes);
        Charset charset = read.charset();
        String decoded = read.text();
        if (looksBinary(bytes, charset, decoded)) {
            throw new BadInputException(raw.path(), "binary content, no text found (read as " + charset.name() + ")");
        }
        Form form = FormSniffer.sniff(decoded);
        ParsedContent content = switch (form) {
            case SEED -> SeedReader.read(decoded);
            case HTML_PAGE -> HtmlPageReader.read(decoded);
            case PLAIN_TEXT -> PlainTextReader.read(decoded);
        };
        String title = Punctuation.fold(TextNormalizer.normalize(content.title()));
        List<String> text = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        for (String para : content.paragraphs()) {
            String line = Punctuation.fold(TextNormalizer.normalize(para));
            if (line.isEmpty()) {
                continue;
            }
            if (PageLines.isFurniture(line) || repeatsTitle(line, title)) {
                furniture.add(line);
                // a credit in the furniture (… 作者:王晓丽) is content: the bulletin's people
                text.addAll(ReporterLine.creditsIn(line));
            } else {
                text.add(line);
            }
        }
        BulletinText laid = BulletinText.of(title, text);
        if (laid.title.isEmpty() && laid.paragraphs.size() <= 1) {
            throw new BadInputException(raw.path(), "no text found: neither a title nor a paragraph");
        }
        if (laid.title.isEmpty() && form == Form.PLAIN_TEXT) {
            LOG.debug("{}: no title (an empty first line)", raw.path());
        } else if (laid.title.isEmpty()) {
            LOG.warn("{}: no title found", raw.path());
        }
        LocalDate published = raw.metadata().published();
        String publishedSource = published != null ? "manifest" : null;
        if (published == null && content.pageDate() != null) {
            published = content.pageDate();
            publishedSource = "date-line";
        }
        PageLines.DateLine dateLine = published == null ? PageLines.best(furniture) : null;
        if (dateLine != null) {
            published = dateLine.date();
            publishedSource = "date-line";
        }
        if (published == null) {
            published = AddressDate.of(raw.metadata().sourceUrl());
            publishedSource = published != null ? "address" : null;
        }
        LOG.debug("{}: {} in {}, {} paragraphs, {} sentences", raw.path(), form, charset.name(),
                laid.paragraphs.size() - 1, laid.sentences.size());
        return new Bulletin(raw.name(), laid.title, laid.text, laid.paragraphs, laid.sentences, published,
                publishedSource,
                content.sourceLabel(), charset.name(), form, raw.metadata());
    }

    /** A line that is the headline again, perhaps with a date before it (01.24 区委常委会召开会议). */
    static boolean repeatsTitle(String line, String title) {
        return title.length() >= 6 && line.contains(title) && line.length() <= title.length() + 16
                && !line.substring(line.indexOf(title) + title.length()).contains("。");
    }

    /** NUL bytes near the start (outside UTF-16), or too many control and replacement characters. */
    static boolean looksBinary(byte[] bytes, Charset charset, String decoded) {
        boolean utf16 = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)
                || charset.equals(StandardCharsets.UTF_16);
        if (!utf16) {
            int limit = Math.min(bytes.length, NUL_SCAN_BYTES);
            for (int i = 0; i < limit; i++) {
                if (bytes[i] == 0) {
                    return true;
                }
            }
        }
        int junk = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            // (no character from U+00A0 on is a control: the common case skips the look-up)
            boolean control = c < 0xA0 && Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r'
                    && c != '\t' && c != '\f';
            if (control || c == '\uFFFD') {
                junk++;
            }
        }
        return junk > 0 && junk > MAX_JUNK_SHARE * decoded.length();
    }
}
