package org.bulletinkg.synth;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.bulletinkg.BadInputException;

/**
 * Writes a synthetic corpus of district bulletins for benchmarks and tests: every meeting kind across
 * Beijing's sixteen districts, session numbers rising with the dates, officials who recur and change posts,
 * documents, slogans and places, in the three input forms (a quarter of the pages in GBK), with a
 * {@code manifest.json}. The people are invented; places, bodies and slogans are real.
 *
 * <p>Deterministic: the same seed writes the same bytes, and bulletin {@code i} is the same whatever the
 * count, so {@link #write(Path, long, int, int)} can add later bulletins of the same corpus elsewhere.
 */
public final class Synth {
    private static final Gson GSON = new Gson();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** What was written: counts by meeting kind and by input form. */
    public record Summary(int bulletins, long bytes, Map<String, Integer> kinds, Map<String, Integer> forms) {
    }

    private Synth() {
    }

    /** Writes bulletins 0..count-1 of the corpus of {@code seed} into {@code out}. */
    public static Summary write(Path out, int count, long seed) {
        return write(out, seed, 0, count);
    }

    /** Writes bulletins {@code from}..{@code to - 1} of the corpus of {@code seed}, with their own manifest. */
    public static Summary write(Path out, long seed, int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad range " + from + ".." + to);
        }
        Chronicle chronicle = new Chronicle(seed);
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> forms = new TreeMap<>();
        long bytes = 0;
        StringBuilder manifest = new StringBuilder("[\n");
        try {
            Files.createDirectories(out);
            for (int i = 0; i < to; i++) {
                Meeting m = chronicle.next();
                if (i < from) {
                    continue;
                }
                Random r = new Random(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
                Article.Form form = form(r);
                Article a = Article.write(m, form, r);
                byte[] content = Layout.render(m, a, form, r);
                String file = m.district().slug() + "/" + String.format("%06d_%s%s", i, m.kind().code,
                        m.number() == null ? "" : "-" + m.number()) + Layout.extension(form);
                Path target = out.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, content);
                bytes += content.length;
                kinds.merge(m.kind().code, 1, Integer::sum);
                forms.merge(form.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                String url = "https://example.gov.cn/" + m.district().slug() + "/xwzx/" + a.pageDate().format(MONTH) + "/t"
                        + a.pageDate().format(DAY) + "_" + i + ".html";
                manifest.append(i == from ? "  " : ",\n  ").append("{\"file\": ").append(GSON.toJson(file))
                        .append(", \"source_url\": ").append(GSON.toJson(url))
                        .append(", \"jurisdiction\": ").append(GSON.toJson(m.district().name()))
                        .append(", \"published\": ").append(a.published() == null ? "null" : GSON.toJson(a.published().toString()))
                        .append('}');
            }
            manifest.append("\n]\n");
            Files.writeString(out.resolve("manifest.json"), manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(out, "cannot write the synthetic corpus: " + e.getMessage());
        }
        return new Summary(to - from, bytes, kinds, forms);
    }

    private static Article.Form form(Random r) {
        int pick = r.nextInt(100);
        if (pick < 35) {
            return Article.Form.SEED;
        }
        if (pick < 55) {
            return Article.Form.PLAIN;
        }
        return pick < 87 ? Article.Form.PAGE_UTF8 : Article.Form.PAGE_GBK;
    }
}
