// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/labels/LabelAtom.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: label properties and transient actions, description, load/save of labels/NAME.xml (save() keeps
// upstream's first step, refusing names with "../", then needs the running Jenkins), Stapler members, findNearest,
// the XStream converter. escape() quotes like upstream's QuotedStringTokenizer.quote (cli module).
package hudson.model.labels;

import hudson.model.Label;
import hudson.model.Saveable;
import hudson.util.VariableResolver;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import jenkins.model.Jenkins;

/** A single label name, such as {@code linux}. */
public class LabelAtom extends Label implements Saveable {
    private static final Pattern PROHIBITED_DOUBLE_DOT = Pattern.compile(".*\\.\\.[\\\\/].*");

    public LabelAtom(String name) {
        super(name);
    }

    /** The name, quoted if it contains characters with a meaning in label expressions. */
    @Override
    public String getExpression() {
        return escape(name);
    }

    @Override
    public boolean isAtom() {
        return true;
    }

    @Override
    public boolean matches(VariableResolver<Boolean> resolver) {
        return resolver.resolve(name);
    }

    @Override
    public <V, P> V accept(LabelVisitor<V, P> visitor, P param) {
        return visitor.onAtom(this, param);
    }

    @Override
    public Set<LabelAtom> listAtoms() {
        return Set.of(this);
    }

    @Override
    public LabelOperatorPrecedence precedence() {
        return LabelOperatorPrecedence.ATOM;
    }

    /** Saves the label's configuration into the running Jenkins' home. */
    @Override
    public void save() throws IOException {
        if (PROHIBITED_DOUBLE_DOT.matcher(name).matches()) {
            throw new IOException("Invalid label");
        }
        Jenkins.get().getRootDir();
        throw new UnsupportedOperationException("stand-in: label persistence is not mirrored");
    }

    /** The running Jenkins' atom of this name (null for null). */
    public static LabelAtom get(String l) {
        return Jenkins.get().getLabelAtom(l);
    }

    /** Whether a name must be quoted in a label expression. */
    public static boolean needsEscape(String name) {
        if (!isGoodName(name)) {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            if (" ()\t\n".indexOf(name.charAt(i)) != -1) {
                return true;
            }
        }
        return false;
    }

    /** The name, double-quoted with backslash escapes if {@link #needsEscape} says so. */
    public static String escape(String name) {
        if (!needsEscape(name)) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length() + 8).append('"');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case '\b' -> b.append("\\b");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Jenkins.checkGoodName's rules (no control characters, none of ?*&#47;\%!@#$^&amp;|&lt;&gt;[]:;, not . or .., no trailing dot). */
    private static boolean isGoodName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String t = name.trim();
        if (".".equals(t) || "..".equals(t)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isISOControl(ch) || "?*/\\%!@#$^&|<>[]:;".indexOf(ch) != -1) {
                return false;
            }
        }
        return !(Boolean.parseBoolean(System.getProperty("jenkins.model.Jenkins.nameValidationRejectsTrailingDot", "true")) && t.endsWith("."));
    }
}
