package org.bulletinkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the reference scorer, shared/eval/score.py, (and other Python snippets) with python3. */
final class ReferenceScorer {
    private static Boolean available;

    private ReferenceScorer() {
    }

    record Result(int exit, String out, String err) {
    }

    /** shared/: the system property shared.dir (set by the pom's surefire configuration), else ../shared. */
    static Path sharedDir() {
        return Path.of(System.getProperty("shared.dir", "../shared"));
    }

    static Path evalDir() {
        return sharedDir().resolve("eval");
    }

    static Path devGoldDir() {
        return evalDir().resolve("dev");
    }

    static Path script() {
        return evalDir().resolve("score.py");
    }

    /** Skips the calling test unless python3 runs and score.py is there. */
    static void assumePython() {
        Assumptions.assumeTrue(pythonAvailable(), "python3 is not available");
        Assumptions.assumeTrue(Files.isRegularFile(script()), "reference scorer not found at " + script());
    }

    static void assumeDevGold() {
        Assumptions.assumeTrue(Files.isDirectory(devGoldDir()), "dev gold set not found at " + devGoldDir());
    }

    static synchronized boolean pythonAvailable() {
        if (available == null) {
            try {
                available = run(List.of("python3", "-c", "import sys; sys.exit(0)"), "").exit() == 0;
            } catch (UncheckedIOException e) {
                available = false;
            }
        }
        return available;
    }

    /** python3 score.py GOLD FACTS [--meetings-only]. */
    static Result score(Path gold, Path facts, boolean meetingsOnly) {
        List<String> cmd = new ArrayList<>(Arrays.asList("python3", script().toString(), gold.toString(), facts.toString()));
        if (meetingsOnly) {
            cmd.add("--meetings-only");
        }
        return run(cmd, "");
    }

    /**
     * Asserts that the Java scorer prints what score.py prints, line for line, in the normal and the
     * meetings-only mode. Returns the Java report of the normal mode.
     */
    static ScoreReport assertSameAsReference(Path gold, Path facts) {
        ScoreReport full = null;
        for (boolean meetingsOnly : new boolean[] {false, true}) {
            Result py = score(gold, facts, meetingsOnly);
            assertEquals(0, py.exit(), () -> "score.py failed: " + py.err());
            ScoreReport report = Scorer.score(gold, facts, meetingsOnly);
            String java = report.format();
            String what = "gold " + gold + ", facts " + facts + (meetingsOnly ? ", meetings only" : "");
            assertEquals(py.out().lines().toList(), java.lines().toList(), what);
            assertEquals(py.out(), java, what);
            if (!meetingsOnly) {
                full = report;
            }
        }
        return full;
    }

    /** python3 -c SCRIPT, with stdin, the eval folder on sys.path so that {@code import score} works. */
    static Result python(String script, String stdin) {
        return run(List.of("python3", "-c", "import sys; sys.path.insert(0, " + pyString(evalDir().toString()) + ")\n"
                + script), stdin);
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static Result run(List<String> command, String stdin) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONUTF8", "1");
        try {
            Process p = pb.start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream b = new ByteArrayOutputStream()) {
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
