package org.bulletinkg.eval;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletinkg.BadInputException;

/**
 * A port of the reference scorer {@code shared/eval/score.py}: same fields, same counting, same figures.
 * Gold files are {@code NAME.gold.json} in the gold directory (hidden files excluded, as glob does), taken in
 * name order; each is compared with {@code NAME.facts.json} in the facts directory, and a bulletin without a
 * facts file counts as all misses. A gold directory that does not exist gives an empty score, as glob does.
 * Where score.py would stop with a Python exception (a file of the wrong shape), this throws
 * {@link BadInputException}.
 *
 * <p>Values are compared with Python's rules: JSON numbers by value (174 == 174.0, and true == 1), non-string
 * values through Python's {@code str()} before norm(). Known limits of the port, none of which the gold or
 * facts files are expected to reach: the JSON literals NaN and Infinity (accepted by Python) are refused;
 * NFKC and printability follow Java 17's Unicode 13 where Python 3.11 has Unicode 14; the macro-F1 is a
 * plain left-to-right sum as in Python up to 3.11 (3.12 compensates the sum, which can move the last bit);
 * glob metacharacters in the gold directory's own path are taken literally.
 */
public final class Scorer {
    /** All fields, in the order score.py prints them. */
    public static final List<String> FIELDS = List.of("meetings", "meeting.chair", "meeting.attendees",
            "meeting.nonvoting", "meeting.presenters", "meeting.documents", "meeting.instructions_from",
            "meeting.body", "meeting.term", "meeting.expanded", "people", "people.posts", "organizations",
            "places", "strategies", "reporters");

    /** The fields scored with --meetings-only. */
    public static final List<String> MEETING_FIELDS =
            List.of("meetings", "meeting.chair", "meeting.body", "meeting.term", "meeting.expanded");

    private static final String GOLD_SUFFIX = ".gold.json";
    private static final String FACTS_SUFFIX = ".facts.json";

    private Scorer() {
    }

    public static ScoreReport score(Path goldDir, Path factsDir, boolean meetingsOnly) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        FIELDS.forEach(f -> tallies.put(f, new Tally()));
        BulletinComparison comparison = new BulletinComparison(tallies);
        for (Path goldFile : goldFiles(goldDir)) {
            String name = goldFile.getFileName().toString();
            name = name.substring(0, name.length() - GOLD_SUFFIX.length());
            Path factsFile = factsDir.resolve(name + FACTS_SUFFIX);
            Object gold = PyJson.read(goldFile);
            Object facts = Files.exists(factsFile) ? PyJson.read(factsFile) : new LinkedHashMap<String, Object>();
            try {
                comparison.compare(gold, facts);
            } catch (Py.ShapeError e) {
                throw new BadInputException(goldFile, "cannot be scored against " + factsFile + ": " + e.getMessage());
            }
        }
        return report(tallies, meetingsOnly ? MEETING_FIELDS : FIELDS);
    }

    private static ScoreReport report(Map<String, Tally> tallies, List<String> fields) {
        List<FieldScore> scores = new ArrayList<>();
        double sum = 0;
        int counted = 0;
        for (String field : fields) {
            Tally t = tallies.get(field);
            double[] prf = t.prf();
            FieldScore score = new FieldScore(field, t.tp, t.fp, t.fn, prf[0], prf[1], prf[2]);
            scores.add(score);
            if (score.counted()) {
                sum += score.f1(); // left to right, as Python 3.11's sum()
                counted++;
            }
        }
        return new ScoreReport(scores, counted > 0 ? sum / counted : 0.0);
    }

    /** glob(GOLD_DIR/*.gold.json), sorted: names not starting with '.', in code-point order. */
    private static List<Path> goldFiles(Path goldDir) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(goldDir)) {
            return files;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(goldDir)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                if (name.endsWith(GOLD_SUFFIX) && !name.startsWith(".")) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(goldDir.toString(), "cannot list the gold directory: " + e.getMessage(), e);
        }
        files.sort((a, b) -> compareCodePoints(a.getFileName().toString(), b.getFileName().toString()));
        return files;
    }

    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
