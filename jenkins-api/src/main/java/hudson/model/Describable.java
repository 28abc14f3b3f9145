// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Describable.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model;

/** An object configured through a {@link Descriptor}. */
public interface Describable<T extends Describable<T>> {
    /** The descriptor of this instance (a singleton per concrete class). */
    Descriptor<T> getDescriptor();
}
