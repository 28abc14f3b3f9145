// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/labels/LabelOperatorPrecedence.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model.labels;

/** Label operators, from tightest to loosest binding. */
public enum LabelOperatorPrecedence {
    ATOM(null), NOT("!"), AND("&&"), OR("||"), IMPLIES("->"), IFF("<->");

    /** The operator's text. */
    public final String str;

    LabelOperatorPrecedence(String str) {
        this.str = str;
    }
}
