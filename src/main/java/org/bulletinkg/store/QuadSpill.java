package org.bulletinkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
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
    private final OutputStream bytes;
    private final StreamRDF writer;
    private long quads;
    private long blocks;
    private boolean sealed;

    private QuadSpill(Path file, OutputStream bytes) {
        this.file = file;
        this.bytes = bytes;
        this.writer = StreamRDFWriter.getWriterStream(bytes, RDFFormat.RDF_THRIFT);
        writer.start();
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

    /** Appends one bulletin's quads as one block. Safe to call from several threads. */
    public synchronized void append(List<Quad> block) {
        if (sealed) {
            throw new IllegalStateException("spill already sealed");
        }
        for (Quad q : block) {
            writer.quad(q);
        }
        quads += block.size();
        blocks++;
    }

    /** Ends writing; the file is complete afterwards. */
    public synchronized void seal() {
        if (sealed) {
            return;
        }
        sealed = true;
        writer.finish();
        try {
            bytes.close();
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
