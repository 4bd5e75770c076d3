package org.bulletinkg;

/** The database could not be opened, written or read. */
public class StoreException extends BulletinKgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
