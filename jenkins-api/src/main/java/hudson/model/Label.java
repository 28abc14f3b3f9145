// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Label.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// parseExpression follows upstream's grammar (core/src/main/antlr4/hudson/model/labels/LabelExpressionParser.g4 and
// LabelExpressionLexer.g4: <->, ->, ||, &&, !, parentheses, bare and double-quoted atoms), hand-written instead of
// ANTLR-generated; syntax errors throw antlr.ANTLRException as upstream's JenkinsANTLRErrorListener does, though the
// message text differs. Atoms are obtained through LabelAtom.get, i.e. from the running Jenkins, so outside Jenkins
// parseExpression (like parse and get) throws IllegalStateException as upstream does; build labels outside Jenkins
// with new LabelAtom(...) and the LabelExpression constructors.
// Left out: tied jobs, search/URL/API and Stapler members, the XStream ConverterImpl, ModelObjectWithChildren.
package hudson.model;

import antlr.ANTLRException;
import hudson.Util;
import hudson.model.labels.LabelAtom;
import hudson.model.labels.LabelExpression;
import hudson.model.labels.LabelOperatorPrecedence;
import hudson.model.labels.LabelVisitor;
import hudson.model.queue.SubTask;
import hudson.slaves.Cloud;
import hudson.slaves.NodeProvisioner;
import hudson.util.VariableResolver;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import jenkins.model.Jenkins;

/** A group of nodes, named by a label expression such as {@code linux && x86}. */
public abstract class Label extends Actionable implements Comparable<Label> {
    /** The expression (for an atom, its name). */
    protected final transient String name;

    private transient volatile Set<Node> nodes;

    private transient volatile Set<Cloud> clouds;

    /** Load statistics of this label. */
    public final transient LoadStatistics loadStatistics;

    /** The provisioner that asks clouds for nodes of this label. */
    public final transient NodeProvisioner nodeProvisioner;

    protected Label(String name) {
        this.name = name;
        this.loadStatistics = new LoadStatistics(0, 0) {
            @Override
            public int computeIdleExecutors() {
                return Label.this.getIdleExecutors();
            }

            @Override
            public int computeTotalExecutors() {
                return Label.this.getTotalExecutors();
            }

            @Override
            public int computeQueueLength() {
                throw new UnsupportedOperationException("stand-in: Queue.countBuildableItemsFor is not mirrored");
            }

            @Override
            protected Set<Node> getNodes() {
                return Label.this.getNodes();
            }

            @Override
            protected boolean matches(Queue.Item item, SubTask subTask) {
                final Label l = item.getAssignedLabelFor(subTask);
                return l != null && Label.this.matches(l.name);
            }
        };
        this.nodeProvisioner = new NodeProvisioner(this, loadStatistics);
    }

    /** Same as {@link #getDisplayName()}. */
    public final String getName() {
        return getDisplayName();
    }

    /** The expression text (for an atom, its name). */
    @Override
    public String getDisplayName() {
        return name;
    }

    /** The expression, with atoms quoted where needed. */
    public abstract String getExpression();

    /** Whether this is a single atom. */
    public boolean isAtom() {
        return false;
    }

    /** Evaluates the expression, asking {@code resolver} whether each atom is present. */
    public abstract boolean matches(VariableResolver<Boolean> resolver);

    /** Evaluates the expression against a set of atoms (for example a node's labels). */
    public final boolean matches(final Collection<LabelAtom> labels) {
        return matches(new VariableResolver<Boolean>() {
            @Override
            public Boolean resolve(String name) {
                for (LabelAtom a : labels) {
                    if (a.getName().equals(name)) {
                        return true;
                    }
                }
                return false;
            }
        });
    }

    /** Evaluates the expression against a node's assigned labels. */
    public final boolean matches(Node n) {
        return matches(n.getAssignedLabels());
    }

    /** Whether this is the self label of exactly one node. */
    public boolean isSelfLabel() {
        Set<Node> nodes = getNodes();
        return nodes.size() == 1 && nodes.iterator().next().getSelfLabel().equals(this);
    }

    /** Nodes of the running Jenkins that match this label. */
    public Set<Node> getNodes() {
        Set<Node> nodes = this.nodes;
        if (nodes != null) {
            return nodes;
        }
        Set<Node> r = new HashSet<>();
        Jenkins h = Jenkins.get();
        for (Node n : h.getNodes()) {
            if (this.matches(n)) {
                r.add(n);
            }
        }
        return this.nodes = Collections.unmodifiableSet(r);
    }

    /** Clouds of the running Jenkins that can provision for this label. */
    public Set<Cloud> getClouds() {
        if (clouds == null) {
            Set<Cloud> r = new HashSet<>();
            Jenkins h = Jenkins.get();
            for (Cloud c : h.clouds) {
                if (c.canProvision(new Cloud.CloudState(this, 0))) {
                    r.add(c);
                }
            }
            clouds = Collections.unmodifiableSet(r);
        }
        return clouds;
    }

    /** Whether some node has executors for this label, or some cloud can provision it. */
    public boolean isAssignable() {
        for (Node n : getNodes()) {
            if (n.getNumExecutors() > 0) {
                return true;
            }
        }
        return !getClouds().isEmpty();
    }

    /** Executors of online computers of this label. */
    public int getTotalExecutors() {
        int r = 0;
        for (Node n : getNodes()) {
            Computer c = n.toComputer();
            if (c != null && c.isOnline()) {
                r += c.countExecutors();
            }
        }
        return r;
    }

    /** Busy executors of online computers of this label. */
    public int getBusyExecutors() {
        int r = 0;
        for (Node n : getNodes()) {
            Computer c = n.toComputer();
            if (c != null && c.isOnline()) {
                r += c.countBusy();
            }
        }
        return r;
    }

    /** Idle executors of online computers of this label. */
    public int getIdleExecutors() {
        int r = 0;
        for (Node n : getNodes()) {
            Computer c = n.toComputer();
            if (c != null && (c.isOnline() || c.isConnecting()) && c.isAcceptingTasks()) {
                r += c.countIdle();
            }
        }
        return r;
    }

    /** Whether every node of this label is offline. */
    public boolean isOffline() {
        for (Node n : getNodes()) {
            Computer c = n.toComputer();
            if (c != null && !c.isOffline()) {
                return false;
            }
        }
        return true;
    }

    public boolean contains(Node node) {
        return getNodes().contains(node);
    }

    /** Whether no node and no cloud serves this label. */
    public boolean isEmpty() {
        return getNodes().isEmpty() && getClouds().isEmpty();
    }

    /** Visitor dispatch over the expression tree. */
    public abstract <V, P> V accept(LabelVisitor<V, P> visitor, P param);

    /** The atoms this expression mentions. */
    public Set<LabelAtom> listAtoms() {
        Set<LabelAtom> r = new HashSet<>();
        accept(ATOM_COLLECTOR, r);
        return r;
    }

    public Label and(Label rhs) {
        return new LabelExpression.And(this, rhs);
    }

    public Label or(Label rhs) {
        return new LabelExpression.Or(this, rhs);
    }

    public Label iff(Label rhs) {
        return new LabelExpression.Iff(this, rhs);
    }

    public Label implies(Label rhs) {
        return new LabelExpression.Implies(this, rhs);
    }

    public Label not() {
        return new LabelExpression.Not(this);
    }

    public Label paren() {
        return new LabelExpression.Paren(this);
    }

    /** Precedence of the top operator of this expression. */
    public abstract LabelOperatorPrecedence precedence();

    @Override
    public final boolean equals(Object that) {
        if (this == that) {
            return true;
        }
        if (that == null || getClass() != that.getClass()) {
            return false;
        }
        return matches(((Label) that).name);
    }

    @Override
    public final int hashCode() {
        return name.hashCode();
    }

    @Override
    public final int compareTo(Label that) {
        return this.name.compareTo(that.name);
    }

    private boolean matches(String name) {
        return this.name.equals(name);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Splits a whitespace-separated label string into the running Jenkins' atoms; empty for null or "". */
    public static Set<LabelAtom> parse(String labels) {
        final Set<LabelAtom> r = new TreeSet<>();
        labels = Util.fixNull(labels);
        if (!labels.isEmpty()) {
            Jenkins j = Jenkins.get();
            // upstream first tries the whole string as one known atom, then splits it with QuotedStringTokenizer
            for (String token : labels.trim().split("\\s+")) {
                r.add(j.getLabelAtom(token));
            }
        }
        return r;
    }

    /** The running Jenkins' label for an expression. */
    public static Label get(String l) {
        return Jenkins.get().getLabel(l);
    }

    /**
     * Parses a label expression into the running Jenkins' labels.
     *
     * @throws ANTLRException (an IllegalArgumentException) on a syntax error
     */
    public static Label parseExpression(String labelExpression) {
        return new ExpressionParser(labelExpression).parse();
    }

    private static final LabelVisitor<Void, Set<LabelAtom>> ATOM_COLLECTOR = new LabelVisitor<>() {
        @Override
        public Void onAtom(LabelAtom a, Set<LabelAtom> param) {
            param.add(a);
            return null;
        }

        @Override
        public Void onParen(LabelExpression.Paren p, Set<LabelAtom> param) {
            return p.base.accept(this, param);
        }

        @Override
        public Void onNot(LabelExpression.Not p, Set<LabelAtom> param) {
            return p.base.accept(this, param);
        }

        @Override
        public Void onAnd(LabelExpression.And p, Set<LabelAtom> param) {
            return onBinary(p, param);
        }

        @Override
        public Void onOr(LabelExpression.Or p, Set<LabelAtom> param) {
            return onBinary(p, param);
        }

        @Override
        public Void onIff(LabelExpression.Iff p, Set<LabelAtom> param) {
            return onBinary(p, param);
        }

        @Override
        public Void onImplies(LabelExpression.Implies p, Set<LabelAtom> param) {
            return onBinary(p, param);
        }

        private Void onBinary(LabelExpression.Binary b, Set<LabelAtom> param) {
            b.lhs.accept(this, param);
            b.rhs.accept(this, param);
            return null;
        }
    };

    /**
     * Recursive-descent parser for upstream's label grammar:
     * expr: term1 EOF; term1: term2 (IFF term2)*; term2: term3 (IMPLIES term3)?; term3: term4 (OR term4)*;
     * term4: term5 (AND term5)*; term5: term6 | NOT term6; term6: LPAREN term1 RPAREN | ATOM | STRINGLITERAL.
     */
    private static final class ExpressionParser {
        private final String s;
        private int pos;

        ExpressionParser(String s) {
            this.s = s;
        }

        Label parse() {
            Label l = term1();
            skipWs();
            if (pos < s.length()) {
                throw error("extraneous input at '" + s.substring(pos) + "'");
            }
            return l;
        }

        private Label term1() {
            Label l = term2();
            while (accept("<->")) {
                l = l.iff(term2());
            }
            return l;
        }

        private Label term2() {
            Label l = term3();
            if (accept("->")) {
                l = l.implies(term3());
            }
            return l;
        }

        private Label term3() {
            Label l = term4();
            while (accept("||")) {
                l = l.or(term4());
            }
            return l;
        }

        private Label term4() {
            Label l = term5();
            while (accept("&&")) {
                l = l.and(term5());
            }
            return l;
        }

        private Label term5() {
            if (accept("!")) {
                return term6().not();
            }
            return term6();
        }

        private Label term6() {
            skipWs();
            if (accept("(")) {
                Label l = term1();
                if (!accept(")")) {
                    throw error("missing ')'");
                }
                return l.paren();
            }
            if (pos < s.length() && s.charAt(pos) == '"') {
                return LabelAtom.get(unquote(stringLiteral()));
            }
            String atom = atom();
            if (atom.isEmpty()) {
                throw error(pos < s.length() ? "unexpected input at '" + s.substring(pos) + "'" : "unexpected end of expression");
            }
            return LabelAtom.get(atom);
        }

        private String atom() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '-') {
                    if (pos + 1 < s.length() && s.charAt(pos + 1) == '>') {
                        break;
                    }
                } else if ("&|!<>() \t\"'".indexOf(c) >= 0) {
                    break;
                }
                pos++;
            }
            return s.substring(start, pos);
        }

        private String stringLiteral() {
            int start = pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\\' && pos + 1 < s.length() && "btnfr\"'\\".indexOf(s.charAt(pos + 1)) >= 0) {
                    pos += 2;
                } else if (c == '"') {
                    pos++;
                    return s.substring(start, pos);
                } else if (c == '\\' || c == '\r' || c == '\n') {
                    break;
                } else {
                    pos++;
                }
            }
            throw error("unterminated string literal");
        }

        private boolean accept(String token) {
            skipWs();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        private void skipWs() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private ANTLRException error(String message) {
            return new ANTLRException("line 1:" + pos + ": " + message);
        }

        private static String unquote(String q) {
            StringBuilder b = new StringBuilder(q.length());
            for (int i = 1; i < q.length() - 1; i++) {
                char c = q.charAt(i);
                if (c == '\\' && i + 1 < q.length() - 1) {
                    char e = q.charAt(++i);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'f' -> b.append('\f');
                        case 'b' -> b.append('\b');
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
