package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletinkg.extract.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that throws is a defect of the program, not a bad bulletin: the build counts it apart as an internal
 * error (the log has its stack trace), builds the other bulletins and exits 1; the bulletin is not blamed.
 * The defect comes from a reader added through {@code ReaderProvider} (test resources), named with --readers.
 */
class InternalErrorTest {
    @Test
    void aRuleThatThrowsIsCountedAsAnInternalErrorNotAsABadBulletin(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "区委常委会召开会议\n3月2日，区委常委会召开会议，区委书记王海川主持会议。\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("breaks.txt"), "区委常委会召开会议\n3月9日，区委常委会召开会议，研究故障处置工作。\n",
                StandardCharsets.UTF_8);
        List<String> readers = new ArrayList<>(Readers.STANDARD);
        readers.add("faulty");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TestBuilds.run(out, err, "build", in.toString(), "--db", dir.resolve("db").toString(),
                "--readers", String.join(",", readers));
        assertEquals(1, code, out + "\n" + err);
        assertTrue(out.toString().contains("built 1 bulletins"), out.toString());
        assertTrue(out.toString().contains("0 failed"), "the bulletin is not blamed: " + out);
        assertTrue(out.toString().contains("1 internal errors"), out.toString());
        assertEquals(List.of("good"), TestBuilds.graphsIn(dir.resolve("db")).stream()
                .filter(g -> !g.contains("/ontology/")).map(g -> g.substring(g.lastIndexOf('/') + 1)).toList());
    }
}
