// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/labels/LabelVisitor.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model.labels;

/** Visitor over label expressions. */
public abstract class LabelVisitor<V, P> {
    public abstract V onAtom(LabelAtom a, P param);

    public abstract V onParen(LabelExpression.Paren p, P param);

    public abstract V onNot(LabelExpression.Not p, P param);

    public abstract V onAnd(LabelExpression.And p, P param);

    public abstract V onOr(LabelExpression.Or p, P param);

    public abstract V onIff(LabelExpression.Iff p, P param);

    public abstract V onImplies(LabelExpression.Implies p, P param);
}
