package org.bulletinkg;

import java.nio.file.Path;

/** A bulletin, manifest or query file that cannot be used. The message names the file and the problem. */
public class BadInputException extends BulletinKgException {
    private final String file;
    private final String problem;

    public BadInputException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public BadInputException(Path file, String problem) {
        this(file.toString(), problem);
    }

    public BadInputException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file (or URL) the problem is in. */
    public String file() {
        return file;
    }

    /** The problem, without the file's name. */
    public String problem() {
        return problem;
    }
}
