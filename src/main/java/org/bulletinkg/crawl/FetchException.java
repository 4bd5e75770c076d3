package org.bulletinkg.crawl;

import org.bulletinkg.BulletinKgException;

/**
 * A page that could not be fetched; the message names the address and the problem.
 * {@code transientFailure} says whether trying again later may succeed (a timeout, a 5xx answer, a broken
 * connection) or not (a 4xx answer, a page too large, a redirect loop, robots.txt).
 */
public final class FetchException extends BulletinKgException {
    private final String url;
    private final String problem;
    private final boolean transientFailure;

    public FetchException(String url, String problem, boolean transientFailure) {
        super(url + ": " + problem);
        this.url = url;
        this.problem = problem;
        this.transientFailure = transientFailure;
    }

    public FetchException(String url, String problem, boolean transientFailure, Throwable cause) {
        super(url + ": " + problem, cause);
        this.url = url;
        this.problem = problem;
        this.transientFailure = transientFailure;
    }

    public String url() {
        return url;
    }

    public String problem() {
        return problem;
    }

    public boolean transientFailure() {
        return transientFailure;
    }
}
