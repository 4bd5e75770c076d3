package org.bulletinkg.serve;

import java.util.Objects;

/**
 * The one user allowed to change the served graph (SPARQL Update, Graph Store writes).
 * The password never appears in {@link #toString()}, so it cannot leak into a log line.
 */
record Credentials(String user, String password) {
    Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank())
            throw new IllegalArgumentException("user must not be blank");
        // HTTP Basic sends "user:password"; a colon in the name could not be told apart.
        if (user.indexOf(':') >= 0)
            throw new IllegalArgumentException("user must not contain ':', was \"" + user + "\"");
        if (password.isEmpty())
            throw new IllegalArgumentException("password must not be empty");
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
