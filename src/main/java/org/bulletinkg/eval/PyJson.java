package org.bulletinkg.eval;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletinkg.BadInputException;

/**
 * Reads a JSON file into the values Python's {@code json.load} would give: {@code null}, {@link String},
 * {@link Boolean}, {@link BigInteger} (a number written without fraction or exponent), {@link Double}
 * (any other number), {@code List<Object>} and {@code Map<String, Object>} (insertion-ordered; a repeated
 * key keeps its first position and takes its last value, as in a Python dict).
 *
 * <p>The file must be strict UTF-8 without a byte-order mark, and strict JSON. One known difference:
 * Python also accepts the non-standard literals {@code NaN}, {@code Infinity} and {@code -Infinity};
 * this reader rejects them.
 */
final class PyJson {
    private PyJson() {
    }

    static Object read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            } else {
                throw new BadInputException(file, "unexpected UTF-8 byte-order mark");
            }
            JsonReader json = new JsonReader(in);
            json.setStrictness(Strictness.STRICT);
            Object value = value(json);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new BadInputException(file, "extra data after the JSON value");
            }
            return value;
        } catch (IOException | IllegalStateException e) {
            throw new BadInputException(file.toString(), "not valid UTF-8 JSON: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonReader json) throws IOException {
        switch (json.peek()) {
            case BEGIN_ARRAY:
                List<Object> list = new ArrayList<>();
                json.beginArray();
                while (json.hasNext()) {
                    list.add(value(json));
                }
                json.endArray();
                return list;
            case BEGIN_OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                json.beginObject();
                while (json.hasNext()) {
                    String key = json.nextName();
                    map.put(key, value(json));
                }
                json.endObject();
                return map;
            case STRING:
                return json.nextString();
            case NUMBER:
                return number(json.nextString());
            case BOOLEAN:
                return json.nextBoolean();
            case NULL:
                json.nextNull();
                return null;
            default:
                throw new IOException("unexpected " + json.peek() + " at " + json.getPath());
        }
    }

    /** Python's json: an integer literal becomes an int, anything with '.', 'e' or 'E' a float. */
    private static Object number(String literal) {
        boolean isFloat = literal.indexOf('.') >= 0 || literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0;
        return isFloat ? (Object) Double.parseDouble(literal) : new BigInteger(literal);
    }
}
