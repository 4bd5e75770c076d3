package org.bulletinkg.cli;

import java.nio.file.Path;

/**
 * A command that works on the database its {@code --db} names. When a running {@code serve} or {@code up} holds
 * that database, the command runs inside that server ({@link Main}); otherwise here.
 */
interface DatabaseCommand {
    Path database();
}
