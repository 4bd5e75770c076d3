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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServedCommands.class);
    private final ReentrantLock builds = new ReentrantLock();

    /**
     * A build callback for {@link org.bulletinkg.pipeline.FolderWatch}: builds into {@code db} as a {@code build}
     * command would (one at a time with the others), and logs its summary line and any error.
     */
    org.bulletinkg.pipeline.FolderWatch.Build watchBuild(Path db) {
        return (bulletins, manifest) -> {
            List<String> args = new java.util.ArrayList<>(List.of("build"));
            bulletins.forEach(b -> args.add(b.toString()));
            if (manifest != null) {
                args.add("--manifest");
                args.add(manifest.toString());
            }
            args.add("--db");
            args.add(db.toAbsolutePath().toString());
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = run(args, Path.of("").toAbsolutePath(), new PrintWriter(out, true), new PrintWriter(err, true));
            String summary = out.toString().lines().filter(l -> l.startsWith("built ")).reduce((a, b) -> b).orElse("no summary");
            LOG.info("watch: {} ({})", summary, manifest != null ? manifest : bulletins.size() + " new or changed files");
            err.toString().lines().filter(l -> !l.isBlank()).forEach(l -> LOG.warn("watch: {}", l));
            if (code != 0 && err.toString().isBlank()) {
                LOG.warn("watch: the build ended with exit code {}", code);
            }
        };
    }

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
