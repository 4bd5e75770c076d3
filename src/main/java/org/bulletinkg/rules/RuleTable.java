package org.bulletinkg.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bulletinkg.BulletinKgException;

/**
 * A table of rules read from a resource under {@code rules/}: one rule a line, columns separated by tabs,
 * lines starting with # and blank lines skipped. Every extraction pattern, word list and stop list that is
 * not a dictionary of the ontology lives in such a table, so that a new phrasing is a line, not code.
 */
public final class RuleTable {
    /** One line of a table: its columns, and where it stands (for error messages). */
    public record Row(String table, int line, List<String> columns) {
        public String get(int i) {
            if (i >= columns.size()) {
                throw new BulletinKgException("rules/" + table + " line " + line + ": column " + (i + 1) + " missing");
            }
            return columns.get(i);
        }

        public String name() {
            return get(0);
        }

        public int size() {
            return columns.size();
        }
    }

    private RuleTable() {
    }

    /** The rows of {@code rules/NAME}; a missing table is a defect of the build, not of the user's input. */
    public static List<Row> read(String name) {
        String resource = "rules/" + name;
        InputStream in = RuleTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new BulletinKgException("rule table " + resource + " is missing from the program");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(name, n, List.of(line.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new BulletinKgException("cannot read rule table " + resource + ": " + e.getMessage(), e);
        }
        return List.copyOf(rows);
    }
}
