package org.bulletinkg.serve;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bulletinkg.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command to the server that holds a database ({@link ControlHandle}), and relays its output: how
 * {@code build}, {@code query} and the others work on a database while {@code serve} or {@code up} holds it.
 */
public final class ServerClient {
    private static final Logger LOG = LoggerFactory.getLogger(ServerClient.class);
    private static final Gson GSON = new Gson();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerClient() {
    }

    /**
     * Runs the command through the server holding {@code db}, if one does.
     *
     * @return the command's exit code; empty when no running server holds the database (run it here)
     * @throws StoreException if a server holds it but cannot be reached, or stops before the command ends
     */
    public static Optional<Integer> runIfServed(Path db, List<String> args, PrintWriter out, PrintWriter err) {
        Optional<ControlHandle> found = ControlHandle.find(db);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ControlHandle h = found.get();
        if (!answers(h)) {
            if (!h.processAlive()) {
                LOG.warn("{}: the server that left {} is gone; removing it", db, ControlHandle.FILE);
                ControlHandle.removeStale(db, h);
                return Optional.empty();
            }
            throw new StoreException(db + ": bulletin-kg server process " + h.pid() + " holds the database but does not answer at "
                    + h.url() + "; stop it, or wait until it has started, and run the command again");
        }
        return Optional.of(run(h, db, args, out, err));
    }

    private static boolean answers(ControlHandle h) {
        HttpRequest ping = HttpRequest.newBuilder(URI.create(h.url() + ControlServlet.PATH + "/ping"))
                .header("Authorization", "Bearer " + h.token()).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return HTTP.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) { // refused, reset or timed out: not answering
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int run(ControlHandle h, Path db, List<String> args, PrintWriter out, PrintWriter err) {
        String body = GSON.toJson(Map.of("args", args, "cwd", Path.of("").toAbsolutePath().toString()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(h.url() + ControlServlet.PATH + "/run"))
                .header("Authorization", "Bearer " + h.token())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        LOG.info("{} is held by the server at {}: the command runs there", db, h.url());
        try {
            HttpResponse<Stream<String>> response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new StoreException(db + ": the server at " + h.url() + " refused the command (HTTP " + response.statusCode() + ")");
            }
            try (Stream<String> lines = response.body()) {
                Iterator<String> it = lines.iterator();
                while (it.hasNext()) {
                    String line = it.next();
                    String text = line.length() > 2 ? line.substring(2) : "";
                    switch (line.isEmpty() ? ' ' : line.charAt(0)) {
                        case '1' -> out.println(text);
                        case '2' -> err.println(text);
                        case '=' -> {
                            out.flush();
                            err.flush();
                            return Integer.parseInt(text.strip());
                        }
                        default -> LOG.debug("unexpected line from the server: {}", line);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException(db + ": the server at " + h.url() + " stopped before the command ended (" + e.getMessage()
                    + "); what it stored is whole bulletins: run the command again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(db + ": interrupted while the server ran the command", e);
        }
        throw new StoreException(db + ": the server at " + h.url() + " stopped before the command ended; what it stored is"
                + " whole bulletins: run the command again");
    }
}
