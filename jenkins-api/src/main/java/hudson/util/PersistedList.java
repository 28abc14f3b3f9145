// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/util/PersistedList.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Upstream keeps its elements in a protected hudson.util.CopyOnWriteList field "data"; this stand-in keeps them in a
// private copy-on-write list with the same semantics (snapshot iteration, whole-list replacement). Left out: the
// XStream ConverterImpl.
package hudson.util;

import hudson.model.Saveable;
import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A list that saves its owner whenever it changes. */
public class PersistedList<T> extends AbstractList<T> {
    private volatile List<T> core = new ArrayList<>();

    protected Saveable owner = Saveable.NOOP;

    protected PersistedList() {
    }

    protected PersistedList(Collection<? extends T> initialList) {
        replaceData(initialList);
    }

    public PersistedList(Saveable owner) {
        setOwner(owner);
    }

    public void setOwner(Saveable owner) {
        this.owner = owner;
    }

    /** Adds and saves the owner. */
    @Override
    public boolean add(T item) {
        addData(item);
        _onModified();
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends T> items) {
        synchronized (this) {
            List<T> n = new ArrayList<>(core);
            n.addAll(items);
            core = n;
        }
        _onModified();
        return true;
    }

    /** Replaces all elements and saves the owner. */
    public void replaceBy(Collection<? extends T> col) throws IOException {
        replaceData(col);
        onModified();
    }

    @Override
    public T get(int index) {
        return core.get(index);
    }

    /** The first element that is an instance of {@code type}, or null. */
    public <U extends T> U get(Class<U> type) {
        for (T t : core) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** All elements that are instances of {@code type}. */
    public <U extends T> List<U> getAll(Class<U> type) {
        List<U> r = new ArrayList<>();
        for (T t : core) {
            if (type.isInstance(t)) {
                r.add(type.cast(t));
            }
        }
        return r;
    }

    @Override
    public int size() {
        return core.size();
    }

    /** Removes the first element of exactly this class, and saves. */
    public void remove(Class<? extends T> type) throws IOException {
        for (T t : core) {
            if (t.getClass() == type) {
                removeData(t);
                onModified();
                return;
            }
        }
    }

    /** Replaces every element equal to {@code from} with {@code to}; does not save. */
    public void replace(T from, T to) throws IOException {
        List<T> copy = new ArrayList<>(core);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).equals(from)) {
                copy.set(i, to);
            }
        }
        replaceData(copy);
    }

    @Override
    public boolean remove(Object o) {
        boolean b = removeData(o);
        if (b) {
            _onModified();
        }
        return b;
    }

    /** Removes every element of exactly this class, and saves if any was removed. */
    public void removeAll(Class<? extends T> type) throws IOException {
        boolean modified = false;
        for (T t : core) {
            if (t.getClass() == type) {
                removeData(t);
                modified = true;
            }
        }
        if (modified) {
            onModified();
        }
    }

    /** Empties the list; does not save. */
    @Override
    public void clear() {
        synchronized (this) {
            core = new ArrayList<>();
        }
    }

    /** Iterates over a snapshot; remove() removes from the list without saving. */
    @Override
    public Iterator<T> iterator() {
        final Iterator<T> itr = core.iterator();
        return new Iterator<>() {
            private T last;

            @Override
            public boolean hasNext() {
                return itr.hasNext();
            }

            @Override
            public T next() {
                return last = itr.next();
            }

            @Override
            public void remove() {
                removeData(last);
            }
        };
    }

    /** Called after a change; saves the owner. */
    protected void onModified() throws IOException {
        owner.save();
    }

    private void _onModified() {
        try {
            onModified();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** A read-only snapshot. */
    public List<T> toList() {
        return Collections.unmodifiableList(core);
    }

    @Override
    public <X> X[] toArray(X[] array) {
        return core.toArray(array);
    }

    public void addAllTo(Collection<? super T> dst) {
        dst.addAll(core);
    }

    @Override
    public boolean isEmpty() {
        return core.isEmpty();
    }

    @Override
    public boolean contains(Object item) {
        return core.contains(item);
    }

    @Override
    public String toString() {
        return toList().toString();
    }

    // package-private: DescribableList edits the elements without saving, as upstream does through its data field
    synchronized void replaceData(Collection<? extends T> col) {
        core = new ArrayList<>(col);
    }

    synchronized boolean removeData(Object o) {
        List<T> n = new ArrayList<>(core);
        boolean r = n.remove(o);
        core = n;
        return r;
    }

    synchronized void addData(T item) {
        List<T> n = new ArrayList<>(core);
        n.add(item);
        core = n;
    }
}
