package org.bulletinkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** norm(), str()/repr() of JSON values and .3f formatting, against fixed answers and against Python itself. */
class PyValuesTest {
    @Test
    void normFixedAnswers() {
        assertNull(Norm.norm(null));
        assertEquals("海淀区2020年方案", Norm.norm(" 《海淀区２０２０年方案》\u3000"));
        assertEquals("李四", Norm.norm("\u3000李四\u00a0"));
        assertEquals("张三", Norm.norm("张 三"));
        assertEquals("六稳", Norm.norm("“六稳”"));
        assertEquals("x", Norm.norm("\u0085\u001cx\u2029"));
        assertEquals("\u200b李", Norm.norm("\u200b李 "));
        assertEquals("fi1", Norm.norm("ﬁ①"));
        assertEquals("", Norm.norm(""));
        assertEquals("123", Norm.norm(new BigInteger("123")));
        assertEquals("1e+16", Norm.norm(1e16));
        assertEquals("174.0", Norm.norm(174.0));
        assertEquals("True", Norm.norm(true));
        assertEquals("['a',None,1.5]", Norm.norm(Arrays.asList("a", null, 1.5)));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("it's", List.of());
        assertEquals("{it's:[]}", Norm.norm(map));
    }

    @Test
    void floatReprFixedAnswers() {
        assertEquals("1e+16", PyRepr.reprFloat(1e16));
        assertEquals("1234567890123456.0", PyRepr.reprFloat(1234567890123456.0));
        assertEquals("0.0001", PyRepr.reprFloat(0.0001));
        assertEquals("1e-05", PyRepr.reprFloat(0.00001));
        assertEquals("1.2345678901234568e+17", PyRepr.reprFloat(123456789012345678.0));
        assertEquals("-0.0", PyRepr.reprFloat(-0.0));
        assertEquals("5e-324", PyRepr.reprFloat(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", PyRepr.reprFloat(Double.MAX_VALUE));
        assertEquals("0.1", PyRepr.reprFloat(0.1));
        assertEquals("inf", PyRepr.reprFloat(Double.POSITIVE_INFINITY));
        assertEquals("'it\\'s \"x\"'", PyRepr.reprString("it's \"x\""));
        assertEquals("\"it's\"", PyRepr.reprString("it's"));
        assertEquals("'\\x07\\t\\xad\\u2028😀'", PyRepr.reprString("\u0007\t\u00ad\u2028😀"));
    }

    @Test
    void hashKeysFollowPythonEquality() {
        assertEquals(Py.hashKey(new BigInteger("174")), Py.hashKey(174.0));
        assertEquals(Py.hashKey(true), Py.hashKey(new BigInteger("1")));
        assertEquals(Py.hashKey(false), Py.hashKey(-0.0));
        assertEquals(Py.hashKey(new BigInteger("9007199254740992")), Py.hashKey(9007199254740992.0));
        assertEquals(false, Py.hashKey(new BigInteger("9007199254740993")).equals(Py.hashKey(9007199254740992.0)));
        assertEquals(false, Py.hashKey("1").equals(Py.hashKey(new BigInteger("1"))));
    }

    /** Python's norm (imported from score.py) and Java's agree on awkward values of every JSON type. */
    @Test
    void normAgreesWithPython(@TempDir Path tmp) {
        ReferenceScorer.assumePython();
        List<String> items = new ArrayList<>(List.of("null", "true", "false", "0", "-0", "-0.0", "174", "174.0", "1e2",
                "1E-7", "0.1", "12345678901234567890123", "1e400", "-1e400", "1.5e300", "[]", "{}",
                "[\"a'b\", \"a\\\"b\", \"a'\\\"b\", \"\\\\\", null, true, 1.0, [1, {\"k\": \"v\"}]]",
                "{\"a\": 1, \"a\": 2, \"b\": [\"\\u00ad\", \"\\u0007\", \"\\ue000\", \"\\ud83d\\ude00\", \"\\u2028\"]}",
                "\"\\u201c\\u516d\\u7a33\\u201d\"", "\"\\u300a\\u6587\\u4ef6\\u300b\"", "\"\\uff21\\uff22\\uff23\\uff11\"",
                "\"\\ufb01\\u2460\\u3231\\u339e\\u2126\\u00bd\"", "\"\\u00a0x\\u00a0\"", "\"\\u200bx\\u200b\"",
                "\"\\u180ex\\u180e\"", "\"\\ufeffx\\ufeff\"", "\"\\u0085x\\u0085\"", "\"\\u001cx\\u001f\"",
                "\"\\u001bx\\u001b\"", "\"\\u2028x\\u2029\"", "\"\\u1680x\\u205f\"", "\"\\u202fx\\u3000\"",
                "\"a b\\tc\\u3000d\"", "\"\\u201c \\u201d\"", "\"\\\"\\\"\"", "\"\\u00e9 e\\u0301\"", "\"\\ud800\""));
        for (int c = 0x2000; c <= 0x200f; c++) {
            items.add(String.format("\"\\u%04x\\u4e00\\u%04x\"", c, c));
        }
        String json = "[" + String.join(", ", items) + "]";
        Path input = tmp.resolve("in.json");
        EvalFixtures.write(input, json);
        ReferenceScorer.Result py = ReferenceScorer.python("import json, score\n"
                + "print(json.dumps([score.norm(v) for v in json.load(sys.stdin)]))", json);
        assertEquals(0, py.exit(), py.err());
        Path output = tmp.resolve("out.json");
        EvalFixtures.write(output, py.out());
        List<?> values = (List<?>) PyJson.read(input);
        List<?> expected = (List<?>) PyJson.read(output);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(expected.get(i), Norm.norm(values.get(i)), "norm(" + items.get(i) + ")");
        }
    }

    @Test
    void floatReprAgreesWithPython() {
        ReferenceScorer.assumePython();
        Random random = new Random(42);
        List<Double> xs = new ArrayList<>();
        for (int k = -1074; k <= 1023; k++) {
            xs.add(Math.scalb(1.0, k)); // powers of two: the uneven rounding intervals
        }
        for (int i = 0; i < 3000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(d)) {
                xs.add(d);
            }
            xs.add(random.nextInt(1_000_000) / Math.pow(10, random.nextInt(12)));
            xs.add(Math.pow(10, random.nextInt(40) - 20) * (1 + random.nextInt(99)));
        }
        xs.addAll(List.of(1e16, 9999999999999998.0, 1e15, 0.0001, 0.00009999, 1e-4 * 0.999, 5e-324, 0.5, 2.0 / 3));
        StringBuilder in = new StringBuilder();
        xs.forEach(x -> in.append(Double.toHexString(x)).append('\n'));
        ReferenceScorer.Result py = ReferenceScorer.python(
                "for line in sys.stdin:\n    print(repr(float.fromhex(line.strip())))", in.toString());
        assertEquals(0, py.exit(), py.err());
        List<String> expected = py.out().lines().toList();
        for (int i = 0; i < xs.size(); i++) {
            assertEquals(expected.get(i), PyRepr.reprFloat(xs.get(i)), "repr(" + Double.toHexString(xs.get(i)) + ")");
        }
    }

    /** For every small tp, fp, fn: score.py's P, R, F1 as printed with .3f equal the Java ones. */
    @Test
    void prfFormattingAgreesWithPython() {
        ReferenceScorer.assumePython();
        int n = 30;
        ReferenceScorer.Result py = ReferenceScorer.python("import score\n"
                + "t = score.Tally()\n"
                + "for tp in range(" + n + "):\n"
                + "  for fp in range(" + n + "):\n"
                + "    for fn in range(" + n + "):\n"
                + "      t.tp, t.fp, t.fn = tp, fp, fn\n"
                + "      p, r, f = t.prf()\n"
                + "      print(f'{p:.3f} {r:.3f} {f:.3f} {(p + r + f) / 3:.3f}')", "");
        assertEquals(0, py.exit(), py.err());
        List<String> expected = py.out().lines().toList();
        int i = 0;
        Tally t = new Tally();
        for (int tp = 0; tp < n; tp++) {
            for (int fp = 0; fp < n; fp++) {
                for (int fn = 0; fn < n; fn++) {
                    t.tp = tp;
                    t.fp = fp;
                    t.fn = fn;
                    double[] prf = t.prf();
                    double mean = (0.0 + prf[0] + prf[1] + prf[2]) / 3;
                    String line = FieldScore.fixed3(prf[0]) + " " + FieldScore.fixed3(prf[1]) + " "
                            + FieldScore.fixed3(prf[2]) + " " + FieldScore.fixed3(mean);
                    assertEquals(expected.get(i++), line, tp + " " + fp + " " + fn);
                }
            }
        }
    }
}
