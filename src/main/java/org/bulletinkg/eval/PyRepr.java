package org.bulletinkg.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Python's {@code str()} and {@code repr()} of JSON values, as score.py's norm() sees non-string values. */
final class PyRepr {
    private PyRepr() {
    }

    /** {@code str(v)}; v is not null. */
    static String str(Object v) {
        return v instanceof String ? (String) v : repr(v);
    }

    static String repr(Object v) {
        if (v == null) {
            return "None";
        } else if (v instanceof String) {
            return reprString((String) v);
        } else if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        } else if (v instanceof BigInteger) {
            return v.toString();
        } else if (v instanceof Double) {
            return reprFloat((Double) v);
        } else if (v instanceof List) {
            StringBuilder b = new StringBuilder("[");
            for (Object item : (List<?>) v) {
                b.append(b.length() > 1 ? ", " : "").append(repr(item));
            }
            return b.append(']').toString();
        } else if (v instanceof Map) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                b.append(b.length() > 1 ? ", " : "").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return b.append('}').toString();
        }
        throw new IllegalArgumentException("not a JSON value: " + v.getClass());
    }

    /** CPython's unicode_repr. */
    static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c < 0x7f || printable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                b.append(String.format(Locale.ROOT, "\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    /** Python's str.isprintable() for one non-ASCII code point. */
    private static boolean printable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /**
     * Python's {@code repr(float)}: the shortest decimal that reads back as d (the nearest such, if several),
     * in fixed notation when its decimal point position is in (-4, 16], otherwise as {@code 1.5e+300}.
     */
    static String reprFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        } else if (d == 0) {
            return Double.doubleToRawLongBits(d) < 0 ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale(); // value = 0.DIGITS * 10^decpt
        if (decpt <= -4 || decpt > 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exp = decpt - 1;
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
        } else if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        } else if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-nearest.scale());
            BigDecimal best = null;
            for (BigDecimal candidate : new BigDecimal[] {nearest, nearest.subtract(unit), nearest.add(unit)}) {
                if (candidate.signum() > 0 && candidate.doubleValue() == d
                        && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact;
    }
}
