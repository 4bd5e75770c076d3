package org.bulletinkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.bulletinkg.serve.CommandRunner;
import picocli.CommandLine;

/**
 * The commands a server runs for other processes on the database it holds: {@code build}, {@code query},
 * {@code facts}, {@code export} and {@code validate}, parsed as that process would have parsed them (relative
 * paths against its working folder). Builds run one at a time; queries run beside them and see what has
 * committed.
 */
final class ServedCommands implements CommandRunner {
    private static final Set<String> SERVED = Set.of("build", "query", "facts", "export", "validate");
    private final ReentrantLock builds = new ReentrantLock();

    @Override
    public int run(List<String> args, Path cwd, PrintWriter out, PrintWriter err) {
        if (args.isEmpty() || !SERVED.contains(args.get(0))) {
            err.println("error: the server runs only these commands for other processes: " + String.join(", ", SERVED.stream().sorted().toList()));
            return 2;
        }
        CommandLine cl = Main.commandLine(out, err, false);
        cl.registerConverter(Path.class, cwd::resolve);
        boolean writes = args.get(0).equals("build");
        if (writes) {
            if (!builds.tryLock()) {
                out.println("another build is running in the server: this one starts when it ends");
                builds.lock();
            }
        }
        try {
            return cl.execute(args.toArray(String[]::new));
        } finally {
            if (writes) {
                builds.unlock();
            }
        }
    }
}
