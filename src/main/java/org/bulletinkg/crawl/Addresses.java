package org.bulletinkg.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Web addresses as the crawler compares and names them. */
public final class Addresses {
    private Addresses() {
    }

    /**
     * An http(s) address in one spelling: scheme and host in lower case, no default port, no fragment, an empty
     * path as "/"; null when the text is no http(s) address.
     */
    public static URI normalize(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(address.strip()).normalize();
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            StringBuilder s = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
            if (port != -1) {
                s.append(':').append(port);
            }
            s.append(path);
            if (uri.getRawQuery() != null) {
                s.append('?').append(uri.getRawQuery());
            }
            return new URI(s.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The address of a text the user gave; a clear error when it is none. */
    public static URI parseSeed(String address) {
        URI uri = normalize(address);
        if (uri == null) {
            throw new IllegalArgumentException("\"" + address + "\" is not an http(s) address");
        }
        return uri;
    }

    /** Whether two addresses are on the same site: the same host (http and https alike). */
    public static boolean sameSite(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost());
    }

    /** The folder of an address's path ("/xw/cwh/" for /xw/cwh/index.html). */
    public static String folder(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** scheme://host[:port] of an address: whose robots.txt applies. */
    public static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The path and query of an address, as robots.txt rules match them. */
    public static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /**
     * The file name an article from this address is saved under: the address's last segment (letters, digits,
     * '_' and '-' only, at most 40) and 12 hex digits of its SHA-256, so the same address gets the same name on
     * every run and two addresses never share one.
     */
    public static String fileName(URI uri, String extension) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0) {
            last = last.substring(0, dot);
        }
        String stem = last.replaceAll("[^A-Za-z0-9_-]", "");
        if (stem.length() > 40) {
            stem = stem.substring(0, 40);
        }
        String hash = sha256(uri.toString()).substring(0, 12);
        return (stem.isEmpty() ? "" : stem + "_") + hash + "." + extension;
    }

    /** SHA-256 of a text's UTF-8 bytes, in hex. */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of bytes, in hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
