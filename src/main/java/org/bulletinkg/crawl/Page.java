package org.bulletinkg.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * A page as the server sent it.
 *
 * @param requested    the address asked for
 * @param address      the address the page came from, after redirects
 * @param status       200, or 304 when a conditional request found the page unchanged (then {@code body} is empty)
 * @param body         the bytes as received
 * @param contentType  the media type without parameters ("text/html"), or null
 * @param httpCharset  the charset the Content-Type header names, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record Page(URI requested, URI address, int status, byte[] body, String contentType, String httpCharset,
                   String etag, String lastModified) {
    public Page {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(body, "body");
    }

    public boolean notModified() {
        return status == 304;
    }
}
