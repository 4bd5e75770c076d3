package org.bulletinkg.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The few Python operations score.py applies to JSON values, with Python's semantics: {@code dict.get},
 * {@code d[key]}, truthiness, {@code x or []}, iteration and hashing. Where Python would raise, these throw
 * {@link ShapeError}.
 */
final class Py {
    private Py() {
    }

    /** What Python raises (TypeError, AttributeError, KeyError) when a file has an unexpected shape. */
    static final class ShapeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShapeError(String message) {
            super(message);
        }
    }

    /** {@code obj.get(key, dflt)}: obj must be a dict. */
    static Object get(Object obj, String key, Object dflt) {
        Map<?, ?> map = dict(obj, "get");
        return map.containsKey(key) ? map.get(key) : dflt;
    }

    /** {@code obj[key]}: obj must be a dict holding key. */
    static Object item(Object obj, String key) {
        if (!(obj instanceof Map)) {
            throw new ShapeError("'" + typeName(obj) + "' object is not subscriptable by '" + key + "'");
        }
        Map<?, ?> map = (Map<?, ?>) obj;
        if (!map.containsKey(key)) {
            throw new ShapeError("KeyError: '" + key + "'");
        }
        return map.get(key);
    }

    static Map<?, ?> dict(Object obj, String attribute) {
        if (!(obj instanceof Map)) {
            throw new ShapeError("'" + typeName(obj) + "' object has no attribute '" + attribute + "'");
        }
        return (Map<?, ?>) obj;
    }

    /** Python's {@code bool(v)}. */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        } else if (v instanceof Boolean) {
            return (Boolean) v;
        } else if (v instanceof BigInteger) {
            return ((BigInteger) v).signum() != 0;
        } else if (v instanceof Double) {
            return (Double) v != 0.0;
        } else if (v instanceof String) {
            return !((String) v).isEmpty();
        } else if (v instanceof List) {
            return !((List<?>) v).isEmpty();
        } else if (v instanceof Map) {
            return !((Map<?, ?>) v).isEmpty();
        }
        throw new IllegalArgumentException("not a JSON value: " + v.getClass());
    }

    /** {@code v or []}. */
    static Object orEmpty(Object v) {
        return truthy(v) ? v : List.of();
    }

    /** {@code for x in v}: a list's items, a string's characters (code points), a dict's keys. */
    static List<Object> iterate(Object v) {
        if (v instanceof List) {
            return new ArrayList<>((List<?>) v);
        } else if (v instanceof Map) {
            return new ArrayList<>(((Map<?, ?>) v).keySet());
        } else if (v instanceof String) {
            List<Object> chars = new ArrayList<>();
            ((String) v).codePoints().forEach(c -> chars.add(new String(Character.toChars(c))));
            return chars;
        }
        throw new ShapeError("'" + typeName(v) + "' object is not iterable");
    }

    /**
     * A Java object whose equals/hashCode agree with Python's for the value as a set member or dict key:
     * True == 1 == 1.0 and False == 0 == 0.0 == -0.0. Lists and dicts are unhashable.
     */
    static Object hashKey(Object v) {
        if (v instanceof Boolean) {
            return (Boolean) v ? BigInteger.ONE : BigInteger.ZERO;
        } else if (v instanceof Double) {
            double d = (Double) v;
            if (!Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d)) {
                return new BigDecimal(d).toBigIntegerExact();
            }
            return d;
        } else if (v instanceof List || v instanceof Map) {
            throw new ShapeError("unhashable type: '" + typeName(v) + "'");
        }
        return v;
    }

    static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof BigInteger) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof String) {
            return "str";
        } else if (v instanceof List) {
            return "list";
        } else if (v instanceof Map) {
            return "dict";
        }
        return v.getClass().getSimpleName();
    }
}
