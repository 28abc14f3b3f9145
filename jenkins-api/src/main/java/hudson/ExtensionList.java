// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/ExtensionList.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Behaves as upstream does when there is no Jenkins instance (always the case here): a list holds only the
// "legacy" instances added by hand with add(), kept per extension type in a static store unless the type is
// annotated @LegacyInstancesAreScopedToHudson. Left out: the deprecated Hudson-typed field and constructors,
// the ExtensionComponent-based members (getComponents, refresh, load, sort), addListener and
// fireOnChangeListeners (their types are not mirrored).
package hudson;

import hudson.ExtensionPoint.LegacyInstancesAreScopedToHudson;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.Jenkins;

/** Extensions of one type, in order. */
public class ExtensionList<T> extends AbstractList<T> {
    /** The Jenkins instance this list belongs to; null outside a running Jenkins. */
    public final Jenkins jenkins;

    public final Class<T> extensionType;

    private final CopyOnWriteArrayList<T> legacyInstances;

    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        this(jenkins, extensionType, new CopyOnWriteArrayList<>());
    }

    private ExtensionList(Jenkins jenkins, Class<T> extensionType, CopyOnWriteArrayList<T> legacyStore) {
        this.jenkins = jenkins;
        this.extensionType = extensionType;
        this.legacyInstances = legacyStore;
    }

    /** The extension whose class is exactly {@code type}, or null. */
    public <U extends T> U get(Class<U> type) {
        for (T ext : this) {
            if (ext.getClass() == type) {
                return type.cast(ext);
            }
        }
        return null;
    }

    /** Like {@link #get(Class)} but throws when absent. */
    public <U extends T> U getInstance(Class<U> type) throws IllegalStateException {
        for (T ext : this) {
            if (ext.getClass() == type) {
                return type.cast(ext);
            }
        }
        throw new IllegalStateException("The class " + type.getName() + " was not found, potentially not yet loaded");
    }

    @Override
    public Iterator<T> iterator() {
        return Collections.unmodifiableList(ensureLoaded()).iterator();
    }

    @Override
    public T get(int index) {
        return ensureLoaded().get(index);
    }

    @Override
    public int size() {
        return ensureLoaded().size();
    }

    /** This list in reverse order, as a live view. */
    public List<T> reverseView() {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return ExtensionList.this.get(size() - index - 1);
            }

            @Override
            public int size() {
                return ExtensionList.this.size();
            }
        };
    }

    @Override
    public boolean remove(Object o) {
        return removeSync(o);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        boolean removed = false;
        for (Object o : c) {
            removed |= removeSync(o);
        }
        return removed;
    }

    private synchronized boolean removeSync(Object o) {
        for (T t : legacyInstances) {
            if (t.equals(o)) {
                return legacyInstances.remove(t);
            }
        }
        return false;
    }

    @Override
    public final synchronized T remove(int index) {
        T t = get(index);
        remove(t);
        return t;
    }

    /**
     * Registers an extension by hand. Upstream deprecates this in favour of {@link Extension}; outside a running
     * Jenkins it is the only way to put an instance into a list.
     */
    @Override
    @Deprecated
    public boolean add(T t) {
        synchronized (this) {
            legacyInstances.add(t);
        }
        return true;
    }

    @Override
    public void add(int index, T element) {
        add(element);
    }

    /** The extension whose class has the given name, or null. */
    public T getDynamic(String className) {
        for (T t : this) {
            if (t.getClass().getName().equals(className)) {
                return t;
            }
        }
        return null;
    }

    private List<T> ensureLoaded() {
        // Upstream discovers @Extension components once Jenkins has loaded its plugins; without a Jenkins
        // instance it shows only the legacy instances, and so does this stand-in.
        return legacyInstances;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> ExtensionList<T> create(Jenkins jenkins, Class<T> type) {
        if (type.getAnnotation(LegacyInstancesAreScopedToHudson.class) != null) {
            return new ExtensionList<>(jenkins, type);
        }
        return new ExtensionList(jenkins, type, STATIC_LEGACY_INSTANCES.computeIfAbsent(type, key -> new CopyOnWriteArrayList()));
    }

    /** All extensions of the type: those of the running Jenkins, or only the legacy instances when there is none. */
    public static <T> ExtensionList<T> lookup(Class<T> type) {
        Jenkins j = Jenkins.getInstanceOrNull();
        return j == null ? create((Jenkins) null, type) : j.getExtensionList(type);
    }

    /** The one registered instance of the type; throws unless there is exactly one. */
    public static <U> U lookupSingleton(Class<U> type) {
        ExtensionList<U> all = lookup(type);
        if (all.size() != 1) {
            throw new IllegalStateException("Expected 1 instance of " + type.getName() + " but got " + all.size());
        }
        return all.get(0);
    }

    /** The first registered instance of the type; throws if there is none. */
    public static <U> U lookupFirst(Class<U> type) {
        ExtensionList<U> all = lookup(type);
        if (!all.isEmpty()) {
            return all.get(0);
        }
        throw new IllegalStateException("Found no instances of " + type.getName() + " registered");
    }

    @SuppressWarnings("rawtypes")
    private static final Map<Class, CopyOnWriteArrayList> STATIC_LEGACY_INSTANCES = new ConcurrentHashMap<>();

    /** Forgets all statically scoped legacy instances (upstream uses it between tests). */
    public static void clearLegacyInstances() {
        STATIC_LEGACY_INSTANCES.clear();
    }
}
