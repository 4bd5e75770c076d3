package org.bulletinkg.serve;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.AlreadyClosedException;
import org.bulletinkg.BulletinKgException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.security.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph served over HTTP: an embedded Fuseki set up by fuseki/config.ttl (the TDB2
 * database with its full-text index as dataset {@code /kg}) and the Fuseki UI at {@code /}.
 *
 * <pre>
 * try (KgServer server = KgServer.builder().database(dir).port(0).build().start()) {
 *     System.out.println(server.endpointUrl());
 * }
 * </pre>
 *
 * Read-only unless {@link Builder#credentials credentials} are given: SPARQL Update at
 * {@code /kg/update} and the Graph Store Protocol at {@code /kg/data} answer 403 to everyone, as a
 * stock Fuseki does with the same file and no password file. With credentials they accept that user
 * (HTTP Basic) and ask anyone else to log in (401). Queries never need a login.
 */
public final class KgServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(60);
    /** The most results one query returns by default (a larger LIMIT, or none, is cut to this). */
    public static final long DEFAULT_RESULT_LIMIT = 100_000;
    private static final String REALM = "bulletin-kg";
    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);
    // Endpoint names as fuseki/config.ttl gives them.
    private static final String DATASET = "/kg";
    private static final String QUERY = "sparql";
    private static final String UPDATE = "update";

    private final FusekiServer fuseki;
    private final Path database;
    /** The token of the control endpoint, or null when the server runs no commands for other processes. */
    private final String controlToken;
    private final String host;
    private final int requestedPort;
    private final boolean writable;
    private final List<DatasetGraphText> textDatasets = new ArrayList<>();
    private State state = State.BUILT;

    private enum State { BUILT, RUNNING, STOPPED }

    private KgServer(FusekiServer fuseki, Path database, String controlToken, String host, int requestedPort, boolean writable) {
        this.fuseki = fuseki;
        this.database = database;
        this.controlToken = controlToken;
        this.host = host;
        this.requestedPort = requestedPort;
        this.writable = writable;
        // Found now: once stopped, the server no longer knows its datasets.
        fuseki.getDataAccessPointRegistry().forEach((name, access) -> {
            if (access.getDataService().getDataset() instanceof DatasetGraphText text)
                textDatasets.add(text);
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening. Returns this server, so that {@code build().start()} reads as one step. */
    public synchronized KgServer start() {
        if (state != State.BUILT)
            throw new IllegalStateException("The server can be started once; it is " + state.name().toLowerCase());
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stopQuietly();
            state = State.STOPPED;
            if (causedBy(e, BindException.class))
                throw new BulletinKgException("Cannot serve on " + host + ":" + requestedPort
                        + ": the port is already in use (or the address is not this machine's)", e);
            throw new BulletinKgException("Cannot start the SPARQL server on " + host + ":" + requestedPort
                    + ": " + e.getMessage(), e);
        }
        state = State.RUNNING;
        refreshStaleAggregates();
        offerToOtherCommands();
        return this;
    }

    /** A build stopped between storing its bulletins and refreshing the aggregate tables: refresh them now. */
    private void refreshStaleAggregates() {
        if (database == null || !org.bulletinkg.aggregate.Aggregates.stale(database)) {
            return;
        }
        for (DatasetGraphText text : textDatasets) {
            var r = org.bulletinkg.aggregate.Aggregates.refresh(text.getWrapped());
            LOG.info("aggregates were out of date (a build had stopped): refreshed {} rows in {} ms", r.rows(), r.millis());
        }
        org.bulletinkg.aggregate.Aggregates.markFresh(database);
    }

    /*
     * Other commands of this process open the served database through the server's own dataset and text index;
     * those of other processes find the handle in the database folder and send their work to the control endpoint.
     */
    private void offerToOtherCommands() {
        for (DatasetGraphText text : textDatasets) {
            org.bulletinkg.store.Tdb2Store.serving(database, text.getWrapped(), text.getTextIndex());
        }
        if (controlToken == null) {
            return;
        }
        try {
            new ControlHandle(controlUrl(), controlToken, ProcessHandle.current().pid()).writeTo(database);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    // The control endpoint is for this machine: a wildcard bind is reached on the loopback address.
    private String controlUrl() {
        String h = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : urlHost();
        return "http://" + h + ":" + port();
    }

    /**
     * Stops the server. Safe to call more than once. The database and its full-text index are
     * released, so that a build in this JVM can write to them again.
     */
    public synchronized void stop() {
        if (state == State.RUNNING) {
            if (controlToken != null) {
                new ControlHandle(controlUrl(), controlToken, ProcessHandle.current().pid()).removeFrom(database);
            }
            org.bulletinkg.store.Tdb2Store.released(database);
        }
        if (state == State.RUNNING)
            fuseki.stop();
        if (state != State.STOPPED)
            releaseDatabases();
        state = State.STOPPED;
    }

    /*
     * Lucene allows one writer per index folder, and Fuseki's stop leaves the dataset open. Served,
     * the index also joined the TDB2 database's transactions; TDB2 keeps one database object per
     * folder in the JVM, so it is expelled too, or later writes would try to commit a closed index.
     */
    private void releaseDatabases() {
        for (DatasetGraphText text : textDatasets) {
            try {
                text.getTextIndex().close();
            } catch (AlreadyClosedException ignored) {
                // closed already: nothing to release
            }
            try {
                if (TDBInternal.isTDB2(text.getWrapped()))
                    TDBInternal.expel(text.getWrapped());
            } catch (RuntimeException e) {
                // A request still running holds a transaction; the JVM is probably exiting anyway.
                LOG.warn("Database not released: {}", e.getMessage());
            }
        }
        textDatasets.clear();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port listened on: the free port chosen when 0 was asked for, once started. */
    public int port() {
        return state == State.RUNNING ? fuseki.getHttpPort() : requestedPort;
    }

    /** The address the server is bound to. */
    public String host() {
        return host;
    }

    /** Whether SPARQL Update and Graph Store writes are open to the configured user. */
    public boolean isWritable() {
        return writable;
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/kg/sparql}. */
    public String endpointUrl() {
        return datasetUrl() + "/" + QUERY;
    }

    /** The SPARQL Update endpoint; only a writable server accepts anything there. */
    public String updateUrl() {
        return datasetUrl() + "/" + UPDATE;
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/kg}. */
    public String datasetUrl() {
        return baseUrl() + DATASET;
    }

    /** The Fuseki UI, e.g. {@code http://127.0.0.1:3030/}. */
    public String uiUrl() {
        return baseUrl() + "/";
    }

    private String baseUrl() {
        return "http://" + urlHost() + ":" + port();
    }

    // A wildcard bind address cannot be browsed to; an IPv6 literal needs brackets.
    private String urlHost() {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]"))
            return "localhost";
        if (host.indexOf(':') >= 0 && !host.startsWith("["))
            return "[" + host + "]";
        return host;
    }

    private void stopQuietly() {
        try {
            fuseki.stop();
            releaseDatabases();
        } catch (RuntimeException ignored) {
            // Start already failed; that is the error worth reporting.
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (type.isInstance(t))
                return true;
        return false;
    }

    /** Options for a {@link KgServer}. {@link #database} is required; the rest have defaults. */
    public static final class Builder {
        private Path database;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Credentials credentials;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private CommandRunner commands;

        private Builder() {}

        /** The folder of an existing TDB2 database. */
        public Builder database(Path tdb2Dir) {
            this.database = Objects.requireNonNull(tdb2Dir, "tdb2Dir");
            return this;
        }

        /** The address to bind to; default {@value KgServer#DEFAULT_HOST} (this machine only). */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank())
                throw new IllegalArgumentException("host must not be blank");
            this.host = host.strip();
            return this;
        }

        /** The port; 0 picks a free one. Default {@value KgServer#DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            this.port = port;
            return this;
        }

        /** Opens SPARQL Update and Graph Store writes to this one user (HTTP Basic). */
        public Builder credentials(String user, String password) {
            this.credentials = new Credentials(user, password);
            return this;
        }

        /** The longest a query may run before it is cancelled; default 60 seconds. */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /** The most results one query may return; default {@value KgServer#DEFAULT_RESULT_LIMIT}. */
        public Builder resultLimit(long limit) {
            if (limit < 1)
                throw new IllegalArgumentException("resultLimit must be at least 1, was " + limit);
            this.resultLimit = limit;
            return this;
        }

        /**
         * Lets the program's commands in other processes of this machine work on the served database through
         * this server ({@link ControlHandle}, {@link ServerClient}): {@code runner} runs them here.
         */
        public Builder commands(CommandRunner runner) {
            this.commands = Objects.requireNonNull(runner, "runner");
            return this;
        }

        /**
         * Checks the database (giving it a full-text index if it has none) and sets up the server,
         * not yet listening.
         *
         * @throws org.bulletinkg.StoreException if the folder is missing or not a TDB2 database
         */
        public KgServer build() {
            if (database == null)
                throw new IllegalStateException("database(tdb2Dir) must be set before build()");
            ServedDatabase.prepare(database);

            FusekiServer.Builder fuseki = FusekiServer.create()
                    // No modules: in particular not FMod_Admin, which can create and delete datasets.
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .parseConfig(ServerConfiguration.forDatabase(database, queryTimeout));
            FusekiUi.addTo(fuseki);
            org.bulletinkg.web.WebPages.addTo(fuseki);
            String token = null;
            if (commands != null) {
                byte[] secret = new byte[32];
                new java.security.SecureRandom().nextBytes(secret);
                token = java.util.HexFormat.of().formatHex(secret);
                fuseki.addServlet(ControlServlet.PATH + "/*", new ControlServlet(commands, token));
            }
            if (credentials != null) {
                UserStore users = JettySecurityLib.makeUserStore(credentials.user(), credentials.password());
                // The builder guards exactly the endpoints whose fuseki:allowedUsers the file sets.
                fuseki.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC));
            }
            FusekiServer server;
            try {
                server = fuseki.build();
            } catch (RuntimeException e) {
                throw new BulletinKgException("Cannot set up the SPARQL server from "
                        + org.bulletinkg.store.TextIndexDefinition.CONFIG_RESOURCE + ": " + e.getMessage(), e);
            }
            bindTo(server, host);
            ResultLimit.install();
            server.getDataAccessPointRegistry().forEach((name, access) -> {
                var context = access.getDataService().getDataset().getContext();
                context.set(ResultLimit.LIMIT, resultLimit);
                // No SERVICE calls: the server must not be a way to reach other hosts (or files) for its clients.
                context.set(org.apache.jena.query.ARQ.httpServiceAllowed, false);
            });
            return new KgServer(server, database, token, host, port, credentials != null);
        }

        // FusekiServer offers only loopback(true) ("localhost"); any other address is set on Jetty.
        private static void bindTo(FusekiServer server, String host) {
            for (Connector connector : server.getJettyServer().getConnectors())
                if (connector instanceof ServerConnector serverConnector)
                    serverConnector.setHost(host);
        }
    }
}
