// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/Util.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Only the helpers listed here are mirrored (upstream's Util has a hundred more).
package hudson;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.function.Supplier;

/** Miscellaneous static helpers. */
public class Util {
    /** HTML-escapes text for display ({@code \n} becomes {@code <br>}); null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder buf = new StringBuilder(text.length() + 64);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\n' -> buf.append("<br>");
                case '<' -> buf.append("&lt;");
                case '>' -> buf.append("&gt;");
                case '&' -> buf.append("&amp;");
                case '"' -> buf.append("&quot;");
                case '\'' -> buf.append("&#039;");
                case ' ' -> {
                    // every space of a run but the last becomes &nbsp;, so the run survives and can still wrap
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                    buf.append(next == ' ' ? "&nbsp;" : " ");
                }
                default -> buf.append(ch);
            }
        }
        return buf.toString();
    }

    /**
     * Percent-encodes one URL path component: everything but letters, digits and {@code !$&'()*+,-.=@_} (upstream's
     * RFC 1738 set), UTF-8 for non-ASCII; {@code /} is encoded.
     */
    public static String rawEncode(String s) {
        return encode(s, "!$&'()*+,-.=@_");
    }

    /** Percent-encodes everything but ASCII letters and digits, UTF-8 for non-ASCII. */
    public static String fullEncode(String s) {
        return encode(s, "");
    }

    private static String encode(String s, String allowedPunctuation) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean plain = cp < 128 && (Character.isLetterOrDigit(cp) || allowedPunctuation.indexOf(cp) >= 0);
            if (plain) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        });
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** null becomes the empty string. */
    public static String fixNull(String s) {
        return fixNull(s, "");
    }

    /** null becomes {@code defaultValue}. */
    public static <T> T fixNull(T s, T defaultValue) {
        return s != null ? s : defaultValue;
    }

    /** The empty string becomes null. */
    public static String fixEmpty(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return s;
    }

    /** Trims, then the empty string becomes null. */
    public static String fixEmptyAndTrim(String s) {
        if (s == null) {
            return null;
        }
        return fixEmpty(s.trim());
    }

    public static String toHexString(byte[] data, int start, int len) {
        return HexFormat.of().formatHex(data, start, len);
    }

    public static String toHexString(byte[] bytes) {
        return toHexString(bytes, 0, bytes.length);
    }

    public static byte[] fromHexString(String data) {
        return HexFormat.of().parseHex(data);
    }

    /** Whether a path (Unix or Windows) is relative. */
    public static boolean isRelativePath(String path) {
        if (path.startsWith("/")) {
            return false;
        }
        if (path.startsWith("\\\\") && path.length() > 3 && path.indexOf('\\', 3) != -1) {
            return false;
        }
        if (path.length() >= 3 && ':' == path.charAt(1)) {
            char p = path.charAt(0);
            if (('A' <= p && p <= 'Z') || ('a' <= p && p <= 'z')) {
                return path.charAt(2) != '\\' && path.charAt(2) != '/';
            }
        }
        return true;
    }

    /** Parses a number in the default locale; null, empty or unparsable gives {@code defaultNumber}. */
    public static Number tryParseNumber(String numberStr, Number defaultNumber) {
        if (numberStr == null || numberStr.isEmpty()) {
            return defaultNumber;
        }
        try {
            return NumberFormat.getNumberInstance().parse(numberStr);
        } catch (ParseException e) {
            return defaultNumber;
        }
    }

    /**
     * Whether {@code derived} overrides the method {@code methodName(types)} declared (non-private, non-static,
     * non-final) by {@code base}.
     */
    public static boolean isOverridden(Class<?> base, Class<?> derived, String methodName, Class<?>... types) {
        if (base == derived) {
            return false;
        }
        if (!base.isAssignableFrom(derived)) {
            throw new IllegalArgumentException("The specified derived class (" + derived.getCanonicalName()
                    + ") does not derive from the specified base class (" + base.getCanonicalName() + ").");
        }
        Method baseMethod = getMethod(base, null, methodName, types);
        if (baseMethod == null) {
            throw new IllegalArgumentException("The specified method is not declared by the specified base class ("
                    + base.getCanonicalName() + "), or it is private, static or final.");
        }
        Method derivedMethod = getMethod(derived, base, methodName, types);
        return derivedMethod != null && derivedMethod != baseMethod;
    }

    /** Calls {@code supplier} if the method is overridden, else throws {@link AbstractMethodError}. */
    public static <T> T ifOverridden(Supplier<T> supplier, Class<?> base, Class<?> derived, String methodName, Class<?>... types) {
        if (isOverridden(base, derived, methodName, types)) {
            return supplier.get();
        }
        throw new AbstractMethodError("The class " + derived.getName() + " must override at least one of the "
                + base.getSimpleName() + "." + methodName + " methods");
    }

    private static Method getMethod(Class<?> clazz, Class<?> base, String methodName, Class<?>... types) {
        try {
            Method res = clazz.getDeclaredMethod(methodName, types);
            int mod = res.getModifiers();
            if (Modifier.isPrivate(mod) || Modifier.isStatic(mod)) {
                return null;
            }
            if (base == null && Modifier.isFinal(mod)) {
                return null;
            }
            if (base != null && Modifier.isAbstract(mod)) {
                return null;
            }
            return res;
        } catch (NoSuchMethodException e) {
            if (base != null && Modifier.isInterface(base.getModifiers())) {
                for (Class<?> iface : clazz.getInterfaces()) {
                    if (base.equals(iface) || !base.isAssignableFrom(iface)) {
                        continue;
                    }
                    Method defaultImpl = getMethod(iface, base, methodName, types);
                    if (defaultImpl != null) {
                        return defaultImpl;
                    }
                }
            }
            Class<?> superclass = clazz.getSuperclass();
            if (superclass != null) {
                if (base != null && (base.equals(superclass) || !base.isAssignableFrom(superclass))) {
                    return null;
                }
                return getMethod(superclass, base, methodName, types);
            }
            return null;
        }
    }
}
