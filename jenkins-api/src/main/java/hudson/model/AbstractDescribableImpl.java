// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/AbstractDescribableImpl.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model;

import jenkins.model.Jenkins;

/** Convenience base of describables: the descriptor is looked up in the running Jenkins by class. */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    @Override
    @SuppressWarnings("unchecked")
    public Descriptor<T> getDescriptor() {
        return Jenkins.get().getDescriptorOrDie(getClass());
    }
}
