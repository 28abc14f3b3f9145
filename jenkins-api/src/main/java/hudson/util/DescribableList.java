// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/util/DescribableList.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: rebuild/rebuildHetero (form binding), buildDependencyGraph, the deprecated Owner interface and
// constructor, and the XStream ConverterImpl.
package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Saveable;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/** A persisted list of describables of one kind. */
public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> extends PersistedList<T> {
    protected DescribableList() {
    }

    public DescribableList(Saveable owner) {
        setOwner(owner);
    }

    public DescribableList(Saveable owner, Collection<? extends T> initialList) {
        super(initialList);
        setOwner(owner);
    }

    /** Removes elements of the same class as {@code item}, adds it, and saves. */
    public void replace(T item) throws IOException {
        for (T t : this) {
            if (t.getClass() == item.getClass()) {
                removeData(t);
            }
        }
        addData(item);
        onModified();
    }

    /** The element whose descriptor has the given id, else the element at that index, else null. */
    public T getDynamic(String id) {
        for (T t : this) {
            if (t.getDescriptor().getId().equals(id)) {
                return t;
            }
        }
        try {
            return get(Integer.parseInt(id));
        } catch (NumberFormatException e) {
            // not an index either
        }
        return null;
    }

    /** The element described by {@code descriptor}, or null. */
    public T get(D descriptor) {
        for (T t : this) {
            if (t.getDescriptor() == descriptor) {
                return t;
            }
        }
        return null;
    }

    public boolean contains(D d) {
        return get(d) != null;
    }

    /** Removes the element described by {@code descriptor}, and saves. */
    public void remove(D descriptor) throws IOException {
        for (T t : this) {
            if (t.getDescriptor() == descriptor) {
                removeData(t);
                onModified();
                return;
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<D, T> toMap() {
        return (Map) Descriptor.toMap(this);
    }

    @Override
    public <U extends T> U get(Class<U> type) {
        return super.get(type);
    }

    public T[] toArray(T[] array) {
        return super.toArray(array);
    }
}
