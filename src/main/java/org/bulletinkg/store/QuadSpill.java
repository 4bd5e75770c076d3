package org.bulletinkg.store;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.thrift.StreamRDF2Thrift;
import org.apache.jena.sparql.core.Quad;
import org.bulletinkg.StoreException;

/**
 * A temporary file of quads (RDF Thrift) between the extraction and the store step of a build, so that
 * neither holds the corpus in memory and each has the whole machine in turn. Quads are appended one bulletin
 * (one named graph) at a time, and a bulletin's quads stay together in the file: the transactional store
 * replaces a graph when its block begins.
 */
public final class QuadSpill implements AutoCloseable {
    private static final int BUFFER_BYTES = 1 << 20;

    private final Path file;
    private final OutputStream out;
    private long quads;
    private long blocks;
    private boolean sealed;

    private QuadSpill(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /**
     * Deletes spill files an interrupted build left in a folder. Safe while no build uses the folder, which
     * holds for a database's folder: TDB2 lets one process at a time open a database.
     */
    public static void removeLeftovers(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("bulletin-kg-\\d+\\.rt")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot remove an earlier build's temporary files (" + e.getMessage() + ")", e);
        }
    }

    /** A new, empty spill file in a folder (the system's temporary folder when null). */
    public static QuadSpill create(Path folder) {
        try {
            Path file = folder == null ? Files.createTempFile("bulletin-kg-", ".rt")
                    : Files.createTempFile(Files.createDirectories(folder), "bulletin-kg-", ".rt");
            return new QuadSpill(file, new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES));
        } catch (IOException e) {
            throw new StoreException("cannot create a temporary file for the build's quads in "
                    + (folder == null ? System.getProperty("java.io.tmpdir") : folder) + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Appends one bulletin's quads as one block. Safe to call from several threads: each encodes its block on
     * its own (RDF Thrift is a plain sequence of rows, so encoded blocks can be joined), and only the copy of
     * the bytes into the file is serialised.
     */
    public void append(List<Quad> block) {
        BlockEncoder encoder = ENCODER.get();
        encoder.bytes.reset();
        for (Quad q : block) {
            encoder.thrift.quad(q);
        }
        encoder.thrift.finish();
        synchronized (this) {
            if (sealed) {
                throw new IllegalStateException("spill already sealed");
            }
            try {
                encoder.bytes.writeTo(out);
            } catch (IOException e) {
                throw new StoreException(file + ": cannot write the build's quads (" + e.getMessage() + ")", e);
            }
            quads += block.size();
            blocks++;
        }
    }

    private static final ThreadLocal<BlockEncoder> ENCODER = ThreadLocal.withInitial(BlockEncoder::new);

    /** A thread's buffer and Thrift encoder, reused from block to block. */
    private static final class BlockEncoder {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        final StreamRDF2Thrift thrift = new StreamRDF2Thrift(bytes, false);
    }

    /** Ends writing; the file is complete afterwards. */
    public synchronized void seal() {
        if (sealed) {
            return;
        }
        sealed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the build's quads (" + e.getMessage() + ")", e);
        }
    }

    /** Sends every quad, in the order written, to a stream (sealing the spill first). */
    public void replay(StreamRDF sink) {
        seal();
        try {
            RDFParser.source(file).lang(Lang.RDFTHRIFT).parse(sink);
        } catch (UncheckedIOException e) {
            throw new StoreException(file + ": cannot read the build's quads back (" + e.getMessage() + ")", e);
        }
    }

    public synchronized long quads() {
        return quads;
    }

    /** Number of blocks (bulletins and ontology files) appended. */
    public synchronized long blocks() {
        return blocks;
    }

    public Path file() {
        return file;
    }

    /** Moves the sealed file to {@code target}, which the caller then owns (the benchmark reloads it). */
    public void keepAs(Path target) {
        seal();
        try {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot move to " + target + " (" + e.getMessage() + ")", e);
        }
    }

    /** Deletes the file (if it was not kept). */
    @Override
    public void close() {
        try {
            seal();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException(file + ": cannot delete temporary file (" + e.getMessage() + ")", e);
            }
        }
    }
}
