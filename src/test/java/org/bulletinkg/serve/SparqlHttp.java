package org.bulletinkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Plain HTTP calls a SPARQL client makes, so the tests exercise the wire and not Jena's client. */
final class SparqlHttp {
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String TURTLE = "text/turtle";

    private SparqlHttp() {}

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static HttpResponse<String> query(String endpoint, String sparql) {
        return send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + encode(sparql)))
                .header("Accept", "application/sparql-results+json")
                .GET());
    }

    static HttpResponse<String> queryByPost(String endpoint, String sparql) {
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)));
    }

    /** POST of a body; {@code auth} is "user:password" or null for none. */
    static HttpResponse<String> post(String url, String contentType, String body, String auth) {
        return send(withAuth(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), auth));
    }

    static HttpResponse<String> put(String url, String contentType, String body, String auth) {
        return send(withAuth(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)), auth));
    }

    /** The values of one variable in a SELECT answer, in result order. */
    static List<String> column(HttpResponse<String> response, String variable) {
        JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
        List<String> values = new ArrayList<>();
        for (JsonElement row : json.getAsJsonObject("results").getAsJsonArray("bindings")) {
            JsonObject binding = row.getAsJsonObject().getAsJsonObject(variable);
            values.add(binding == null ? null : binding.get("value").getAsString());
        }
        return values;
    }

    static String graphParam(String graphIri) {
        return "?graph=" + encode(graphIri);
    }

    private static HttpRequest.Builder withAuth(HttpRequest.Builder request, String auth) {
        if (auth != null)
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            // A fresh client per request: a refused POST may end with the server closing the
            // connection, and a pooled connection reused after that fails the next request.
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
