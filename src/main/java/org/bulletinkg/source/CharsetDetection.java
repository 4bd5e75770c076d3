package org.bulletinkg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guesses the charset of a bulletin's bytes and decodes them.
 *
 * <p>Order of evidence: a byte order mark; then a charset declared by an HTML {@code <meta>} tag within the
 * first {@value #META_SCAN_BYTES} bytes; then UTF-8 if the bytes decode as UTF-8 without error; else GB18030,
 * the encoding of most Chinese sites that are not UTF-8 (it is a superset of GBK and GB2312, so a page that
 * declares either is decoded as GB18030).
 */
public final class CharsetDetection {
    private static final Logger LOG = LoggerFactory.getLogger(CharsetDetection.class);

    /** How far into the bytes a {@code <meta ... charset=...>} declaration is looked for. */
    public static final int META_SCAN_BYTES = 4096;

    /** The fallback for bytes that are not UTF-8. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] BOM_UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] BOM_UTF16BE = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] BOM_UTF16LE = {(byte) 0xFF, (byte) 0xFE};

    /** {@code charset=NAME} inside a meta tag: covers both {@code <meta charset>} and http-equiv content. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetDetection() {
    }

    /** Bytes decoded, and the charset they were decoded with. */
    public record Decoded(Charset charset, String text) {
    }

    /**
     * The bytes decoded with the charset {@link #detect} chooses, as {@link #decode(byte[], Charset)} decodes
     * them; but where detection has to decode the bytes as UTF-8 to know that they are UTF-8, that decoding is
     * the result (a bulletin is decoded once, not twice).
     */
    public static Decoded detectAndDecode(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return new Decoded(bom, decode(bytes, bom));
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(declared, decode(bytes, declared));
        }
        String utf8 = utf8OrNull(bytes);
        if (utf8 != null) {
            // as decode() does; there is no BOM to skip here (bomCharset found none)
            return new Decoded(StandardCharsets.UTF_8, utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8);
        }
        if (declared != null) {
            LOG.debug("meta charset says UTF-8 but the bytes are not UTF-8; falling back to GB18030");
        }
        return new Decoded(GB18030, decode(bytes, GB18030));
    }

    /**
     * The bytes as UTF-8 text, or null when they are not UTF-8. The String constructor decodes fastest; it
     * puts U+FFFD for every malformed sequence, so text without U+FFFD came from well-formed bytes. Text with
     * one is checked by {@link #isUtf8} (U+FFFD may be written in the bytes as well).
     */
    private static String utf8OrNull(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0 || isUtf8(bytes)) {
            return text;
        }
        return null;
    }

    /** The charset the bytes are most likely written in; never null. */
    public static Charset detect(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            if (!declared.equals(StandardCharsets.UTF_8) || isUtf8(bytes)) {
                return declared;
            }
            // A page that says UTF-8 but is not: trust the bytes rather than the tag.
            LOG.debug("meta charset says UTF-8 but the bytes are not UTF-8; falling back to GB18030");
            return GB18030;
        }
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
    }

    /** The charset given by a byte order mark at the start of the bytes, or null when there is none. */
    public static Charset bomCharset(byte[] bytes) {
        if (startsWith(bytes, BOM_UTF8)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, BOM_UTF16BE)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, BOM_UTF16LE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * The charset an HTML meta tag declares near the start of the bytes, or null. GB2312 and GBK map to
     * GB18030; a declared UTF-16 maps to UTF-8 (the tag could not have been read as ASCII otherwise).
     */
    public static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        int from = 0;
        while (MarkupScan.nextTag(m, head, from, head.length())) {
            Charset cs = forLabel(m.group(1));
            if (cs != null) {
                return cs;
            }
            from = m.end();
        }
        return null;
    }

    /** The charset for an encoding label as pages write it, or null when it is unknown. */
    static Charset forLabel(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "windows-936", "ms936", "euc-cn", "gb18030":
                return GB18030;
            case "utf-16", "utf-16le", "utf-16be", "utf16":
                return StandardCharsets.UTF_8;
            default:
                break;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            LOG.debug("ignoring unknown charset label {}", label);
            return null;
        }
    }

    /** Whether the bytes (after any UTF-8 BOM) decode as UTF-8 without a single error. */
    public static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes the bytes with the detected charset. */
    public static String decode(byte[] bytes) {
        return decode(bytes, detect(bytes));
    }

    /**
     * Decodes the bytes with the given charset, dropping a leading byte order mark. Malformed sequences become
     * U+FFFD rather than failing.
     */
    public static String decode(byte[] bytes, Charset charset) {
        int skip = 0;
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, BOM_UTF8)) {
            skip = BOM_UTF8.length;
        } else if (charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, BOM_UTF16BE)) {
            skip = BOM_UTF16BE.length;
        } else if (charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, BOM_UTF16LE)) {
            skip = BOM_UTF16LE.length;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            String text = chars.toString();
            // A BOM written in a charset we did not expect it in (e.g. GB18030 text saved with one).
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // Cannot happen with REPLACE; keep the compiler and the reader honest.
            throw new IllegalStateException("decoder failed despite REPLACE", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
