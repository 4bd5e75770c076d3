package org.bulletinkg.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one of the program's commands inside the server's process, on the database the server holds: what a
 * command of another process sends through the control endpoint ({@link ControlServlet}).
 */
@FunctionalInterface
public interface CommandRunner {
    /**
     * @param args the command line as the other process was given it
     * @param cwd  that process's working folder: relative paths are resolved against it
     * @return the exit code
     */
    int run(List<String> args, Path cwd, PrintWriter out, PrintWriter err);
}
