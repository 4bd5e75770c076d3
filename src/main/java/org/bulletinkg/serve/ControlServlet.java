package org.bulletinkg.serve;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control endpoint ({@value #PATH}) through which the program's commands in other processes of this machine
 * work on the database the server holds. {@code GET …/ping} answers {@code ok}; {@code POST …/run} takes
 * {@code {"args": [...], "cwd": "..."}} and streams the command's output back as lines: {@code 1 TEXT} for its
 * standard output, {@code 2 TEXT} for its error output, and last {@code = CODE}, its exit code.
 * <p>
 * Only requests from this machine that carry the token of the server's {@link ControlHandle} are answered
 * (403 otherwise): the handle file, readable only by the server's user, is the key.
 */
final class ControlServlet extends HttpServlet {
    /** Where the endpoint is mounted. */
    static final String PATH = "/$/bulletin-kg";
    private static final Logger LOG = LoggerFactory.getLogger(ControlServlet.class);
    private static final Gson GSON = new Gson();
    private static final java.util.concurrent.ScheduledExecutorService HEARTBEAT =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bulletin-kg-control-heartbeat");
                t.setDaemon(true);
                return t;
            });

    private record Request(List<String> args, String cwd) {
    }

    private final transient CommandRunner runner;
    private final byte[] token;

    ControlServlet(CommandRunner runner, String token) {
        this.runner = runner;
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!allowed(req, resp)) {
            return;
        }
        if (!"/ping".equals(req.getPathInfo())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println("ok");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!allowed(req, resp)) {
            return;
        }
        if (!"/run".equals(req.getPathInfo())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Request r;
        try (Reader in = req.getReader()) {
            r = GSON.fromJson(in, Request.class);
        } catch (JsonParseException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a command: " + e.getMessage());
            return;
        }
        if (r == null || r.args() == null || r.args().isEmpty() || r.cwd() == null || !Path.of(r.cwd()).isAbsolute()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "a command needs its args and an absolute cwd");
            return;
        }
        resp.setContentType("text/plain; charset=utf-8");
        resp.setStatus(HttpServletResponse.SC_OK);
        Lines lines = new Lines(resp.getOutputStream());
        LOG.info("running for another process: {}", String.join(" ", r.args()));
        // A line now and then while a long step prints nothing, so that no idle timeout ends the exchange.
        var heartbeat = HEARTBEAT.scheduleAtFixedRate(() -> lines.line('.', ""), 10, 10, java.util.concurrent.TimeUnit.SECONDS);
        int code;
        try (PrintWriter out = new PrintWriter(lines.writer('1'), true);
             PrintWriter err = new PrintWriter(lines.writer('2'), true)) {
            try {
                code = runner.run(r.args(), Path.of(r.cwd()), out, err);
            } catch (RuntimeException e) {
                LOG.error("a command sent to the server failed", e);
                err.println("error: " + e.getMessage());
                code = 1;
            }
        }
        heartbeat.cancel(false);
        lines.line('=', Integer.toString(code));
    }

    /** Only this machine, with the token. */
    private boolean allowed(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String auth = req.getHeader("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).getBytes(StandardCharsets.US_ASCII) : new byte[0];
        if (!fromThisMachine(req.getRemoteAddr()) || !MessageDigest.isEqual(given, token)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "the control endpoint answers this machine's bulletin-kg only");
            return false;
        }
        return true;
    }

    private static boolean fromThisMachine(String address) {
        try {
            InetAddress a = InetAddress.getByName(address);
            return a.isLoopbackAddress() || NetworkInterface.getByInetAddress(a) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The response as prefixed lines; the two writers share it. A client that went away (killed, say) is noted
     * once and the command runs on: a build stops only between whole bulletins, never because nobody listens.
     */
    private static final class Lines {
        private final OutputStream os;
        private boolean gone;

        Lines(OutputStream os) {
            this.os = os;
        }

        synchronized void line(char kind, String text) {
            if (gone) {
                return;
            }
            try {
                os.write((kind + " " + text + "\n").getBytes(StandardCharsets.UTF_8));
                os.flush();
            } catch (IOException e) {
                gone = true;
                LOG.info("the process that sent the command went away; the command runs on");
            }
        }

        Writer writer(char kind) {
            return new Writer() {
                private final StringBuilder pending = new StringBuilder();

                @Override
                public void write(char[] cbuf, int off, int len) {
                    for (int i = off; i < off + len; i++) {
                        char c = cbuf[i];
                        if (c == '\n') {
                            line(kind, pending.toString());
                            pending.setLength(0);
                        } else if (c != '\r') {
                            pending.append(c);
                        }
                    }
                }

                @Override
                public void flush() {
                    // lines go out whole, as they end
                }

                @Override
                public void close() {
                    if (!pending.isEmpty()) {
                        line(kind, pending.toString());
                        pending.setLength(0);
                    }
                }
            };
        }
    }
}
