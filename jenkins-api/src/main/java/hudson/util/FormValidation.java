// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/util/FormValidation.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: the HttpResponse side (generateResponse/respond to a StaplerResponse2; renderHtml behaves as upstream does
// outside a request, returning the bare message), validateExecutable and FileValidator, validateBase64, URLCheck,
// CheckMethod. Messages are upstream's English texts; error(Throwable, ...) shows the stack trace as upstream does.
package hudson.util;

import hudson.Util;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collection;

/** Result of a form field check: OK, warning or error, with an HTML message. */
public abstract class FormValidation extends IOException {
    private static final long serialVersionUID = 1L;

    /** Severity, in increasing order. */
    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    /** Error with a plain-text message (escaped to HTML); {@code error(null)} is {@link #ok()}. */
    public static FormValidation error(String message) {
        return errorWithMarkup(message == null ? null : Util.escape(message));
    }

    public static FormValidation warning(String message) {
        return warningWithMarkup(message == null ? null : Util.escape(message));
    }

    public static FormValidation ok(String message) {
        return okWithMarkup(message == null ? null : Util.escape(message));
    }

    private static final FormValidation OK = respond(Kind.OK, "<div/>");

    /** OK with no message. */
    public static FormValidation ok() {
        return OK;
    }

    public static FormValidation error(String format, Object... args) {
        return error(String.format(format, args));
    }

    public static FormValidation warning(String format, Object... args) {
        return warning(String.format(format, args));
    }

    public static FormValidation ok(String format, Object... args) {
        return ok(String.format(format, args));
    }

    /** Error with a message and, hidden behind "(show details)", the exception's stack trace. */
    public static FormValidation error(Throwable e, String message) {
        return _error(Kind.ERROR, e, message);
    }

    public static FormValidation warning(Throwable e, String message) {
        return _error(Kind.WARNING, e, message);
    }

    private static FormValidation _error(Kind kind, Throwable e, String message) {
        if (e == null) {
            return _errorWithMarkup(Util.escape(message), kind);
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return _errorWithMarkup(Util.escape(message)
                + " </div><div><a href='#' class='showDetails'>(show details)</a><pre style='display:none'>"
                + Util.escape(trace.toString())
                + "</pre>", kind);
    }

    public static FormValidation error(Throwable e, String format, Object... args) {
        return error(e, String.format(format, args));
    }

    public static FormValidation warning(Throwable e, String format, Object... args) {
        return warning(e, String.format(format, args));
    }

    /** Combines several results into one of the worst kind, listing every message. */
    public static FormValidation aggregate(Collection<FormValidation> validations) {
        if (validations == null || validations.isEmpty()) {
            return FormValidation.ok();
        }
        if (validations.size() == 1) {
            return validations.iterator().next();
        }
        final StringBuilder sb = new StringBuilder("<ul style='list-style-type: none; padding-left: 0; margin: 0'>");
        Kind worst = Kind.OK;
        for (FormValidation validation : validations) {
            sb.append("<li>").append(validation.renderHtml()).append("</li>");
            if (validation.kind.ordinal() > worst.ordinal()) {
                worst = validation.kind;
            }
        }
        sb.append("</ul>");
        return respond(worst, sb.toString());
    }

    /** Error whose message is already HTML (the caller must have escaped what needs escaping). */
    public static FormValidation errorWithMarkup(String message) {
        return _errorWithMarkup(message, Kind.ERROR);
    }

    public static FormValidation warningWithMarkup(String message) {
        return _errorWithMarkup(message, Kind.WARNING);
    }

    public static FormValidation okWithMarkup(String message) {
        return _errorWithMarkup(message, Kind.OK);
    }

    private static FormValidation _errorWithMarkup(final String message, final Kind kind) {
        if (message == null) {
            return ok();
        }
        return new FormValidation(kind, message) {
            private static final long serialVersionUID = 1L;

            @Override
            public String renderHtml() {
                // outside an HTTP request (always, here) upstream returns the bare message
                return message;
            }

            @Override
            public String toString() {
                return kind + ": " + message;
            }
        };
    }

    /** A result of the given kind whose rendering is exactly {@code html}. */
    public static FormValidation respond(Kind kind, final String html) {
        return new FormValidation(kind) {
            private static final long serialVersionUID = 1L;

            @Override
            public String renderHtml() {
                return html;
            }

            @Override
            public String toString() {
                return kind + ": " + html;
            }
        };
    }

    /** OK for an integer >= 0. */
    public static FormValidation validateNonNegativeInteger(String value) {
        try {
            if (Integer.parseInt(value) < 0) {
                return error("Number may not be negative");
            }
            return ok();
        } catch (NumberFormatException e) {
            return error("Not a number");
        }
    }

    /** OK for an integer in [lower, upper]. */
    public static FormValidation validateIntegerInRange(String value, int lower, int upper) {
        try {
            int intValue = Integer.parseInt(value);
            if (intValue < lower) {
                return error("Must be " + lower + " or greater");
            }
            if (intValue > upper) {
                return error("Must be " + upper + " or less");
            }
            return ok();
        } catch (NumberFormatException e) {
            return error("Not a number");
        }
    }

    /** OK for an integer > 0. */
    public static FormValidation validatePositiveInteger(String value) {
        try {
            if (Integer.parseInt(value) <= 0) {
                return error("Not a positive number");
            }
            return ok();
        } catch (NumberFormatException e) {
            return error("Not a number");
        }
    }

    /** OK unless blank. */
    public static FormValidation validateRequired(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return error("Required");
        }
        return ok();
    }

    /** The severity. */
    public final Kind kind;

    private FormValidation(Kind kind) {
        this.kind = kind;
    }

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** The HTML shown next to the field. */
    public abstract String renderHtml();
}
