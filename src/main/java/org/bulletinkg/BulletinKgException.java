package org.bulletinkg;

/**
 * Root of the project's one exception family. Unchecked: thrown once where the problem is found,
 * caught once at the command line, never logged and rethrown on the way.
 */
public class BulletinKgException extends RuntimeException {
    public BulletinKgException(String message) {
        super(message);
    }

    public BulletinKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
