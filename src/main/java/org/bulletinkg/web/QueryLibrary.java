package org.bulletinkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.bulletinkg.BulletinKgException;

/** The query library (queries/*.rq), as the program carries it on its classpath under queries/. */
final class QueryLibrary {
    static final String FOLDER = "queries";
    private final Map<String, LibraryQuery> queries;

    private QueryLibrary(Map<String, LibraryQuery> queries) {
        this.queries = queries;
    }

    static QueryLibrary load() {
        Map<String, LibraryQuery> out = new LinkedHashMap<>();
        for (String name : names()) {
            String resource = FOLDER + "/" + name + ".rq";
            try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null)
                    out.put(name, LibraryQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new BulletinKgException("Cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return new QueryLibrary(Map.copyOf(out));
    }

    List<LibraryQuery> all() {
        return queries.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    Optional<LibraryQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The names of the .rq files of the folder, from the classes folder or from inside the jar. */
    private static List<String> names() {
        // Found by the library's README, which the program carries beside the queries: a bare "queries" folder
        // could be another jar's.
        URL readme = QueryLibrary.class.getClassLoader().getResource(FOLDER + "/README.md");
        if (readme == null)
            return List.of();
        String s = readme.toExternalForm();
        String url = s.substring(0, s.length() - "/README.md".length());
        try {
            URI uri = new URI(url);
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath("/" + FOLDER));
            }
            return list(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new BulletinKgException("Cannot list the query library " + url + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }
}
