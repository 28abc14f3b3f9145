// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/AbstractCloudComputer.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: doDoDelete (Stapler web method; it calls getNode().terminate()).
package hudson.slaves;

/** The computer of an {@link AbstractCloudSlave}. */
public class AbstractCloudComputer<T extends AbstractCloudSlave> extends SlaveComputer {
    public AbstractCloudComputer(T slave) {
        super(slave);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T getNode() {
        return (T) super.getNode();
    }
}
