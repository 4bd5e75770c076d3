package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.bulletinkg.BulletinKgException;
import org.bulletinkg.StoreException;
import org.bulletinkg.store.TextIndex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, defaults and the errors a user meets when starting the server. */
class KgServerSetupTest {
    @TempDir
    Path dir;

    @Test
    void missingDatabaseFolderIsAStoreError() {
        Path missing = dir.resolve("no-such-db");

        StoreException e = assertThrows(StoreException.class,
                () -> KgServer.builder().database(missing).port(0).build());
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains(missing.toString()),
                e.getMessage());
        assertFalse(Files.exists(missing), "nothing was created");
    }

    @Test
    void folderWithoutTdb2DatabaseIsAStoreError() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a database");

        StoreException e = assertThrows(StoreException.class,
                () -> KgServer.builder().database(dir).port(0).build());
        assertTrue(e.getMessage().contains("Not a TDB2 database"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "TDB2 did not create a database in the folder");
        }
    }

    @Test
    void fileInsteadOfFolderIsAStoreError() throws IOException {
        Path file = Files.writeString(dir.resolve("db"), "x");

        assertThrows(StoreException.class, () -> KgServer.builder().database(file).build());
    }

    @Test
    void aDatabaseWithoutFullTextIndexGetsOneWhenServed() {
        TestDatabase.create(dir);
        assertFalse(TextIndex.exists(dir));

        try (KgServer server = KgServer.builder().database(dir).port(0).build().start()) {
            assertTrue(TextIndex.exists(dir));
            assertEquals(List.of(TestDatabase.MEETING_1, TestDatabase.MEETING_2),
                    TextSearch.subjects(server, "rdfs:label", "国务院"));
        }
    }

    @Test
    void portInUseIsReportedWithThePort() throws IOException {
        TestDatabase.create(dir);
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            KgServer server = KgServer.builder().database(dir).port(port).build();

            BulletinKgException e = assertThrows(BulletinKgException.class, server::start);
            assertTrue(e.getMessage().contains("127.0.0.1:" + port) && e.getMessage().contains("in use"),
                    e.getMessage());
            server.stop();
        }
    }

    @Test
    void bindsToLoopbackOnlyByDefault() throws IOException {
        TestDatabase.create(dir);
        try (KgServer server = KgServer.builder().database(dir).port(0).build().start()) {
            assertEquals(KgServer.DEFAULT_HOST, server.host());
            assertTrue(canConnect(InetAddress.getByName("127.0.0.1"), server.port()));

            Optional<InetAddress> external = nonLoopbackAddress();
            Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
            assertFalse(canConnect(external.get(), server.port()),
                    "reachable on " + external.get() + ", so not bound to loopback only");
        }
    }

    @Test
    void longQueriesAreCancelledAfterTheTimeout() {
        TestDatabase.create(dir);
        TestDatabase.addFiller(dir, 100);
        // Five unconnected patterns over 102 quads: 10^10 rows to count, minutes of work.
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w . ?e ?t ?v }";

        try (KgServer server = KgServer.builder().database(dir).port(0)
                .queryTimeout(Duration.ofMillis(300)).build().start()) {
            long started = System.nanoTime();
            HttpResponse<String> response = SparqlHttp.query(server.endpointUrl(), query);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // Fuseki answers a cancelled query with 503 Service Unavailable.
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        }
    }

    @Test
    void stopIsSafeTwiceAndAServerStartsOnlyOnce() {
        TestDatabase.create(dir);
        KgServer server = KgServer.builder().database(dir).port(0).build().start();
        server.stop();
        server.stop();
        assertThrows(IllegalStateException.class, server::start);
    }

    @Test
    void badOptionsAreRejectedWithTheirName() {
        KgServer.Builder builder = KgServer.builder();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.port(70000)).getMessage().contains("port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.credentials("a:b", "pw")).getMessage().contains("user"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.credentials("editor", "")).getMessage().contains("password"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.queryTimeout(Duration.ZERO)).getMessage().contains("timeout"));
        assertTrue(assertThrows(IllegalStateException.class, builder::build).getMessage().contains("database"));
    }

    @Test
    void defaultsAreLoopbackPort3030AndOneMinute() {
        assertEquals("127.0.0.1", KgServer.DEFAULT_HOST);
        assertEquals(3030, KgServer.DEFAULT_PORT);
        assertEquals(Duration.ofSeconds(60), KgServer.DEFAULT_QUERY_TIMEOUT);
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback())
                continue;
            for (InetAddress address : Collections.list(nic.getInetAddresses()))
                if (address instanceof Inet4Address && !address.isLoopbackAddress())
                    return Optional.of(address);
        }
        return Optional.empty();
    }
}
