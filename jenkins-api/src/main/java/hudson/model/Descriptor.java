// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Descriptor.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: everything bound to Stapler/servlets or XStream (newInstance, bindJSON, configure, doHelp, getHelpFile,
// getKlass, getConfigPage and view lookup, check/fill method metadata, PropertyType), persistence (save, load,
// getConfigFile; upstream implements Saveable/Loadable), and FormException's HttpResponse side.
package hudson.model;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Metadata and factory of a {@link Describable} class; one singleton per concrete class. */
public abstract class Descriptor<T extends Describable<T>> {
    /** The describable class this descriptor is for. */
    public final transient Class<? extends T> clazz;

    /**
     * @param clazz the describable class, or {@link #self()} for a descriptor that describes itself
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Descriptor(Class<? extends T> clazz) {
        if (clazz == self()) {
            clazz = (Class) getClass();
        }
        this.clazz = clazz;
    }

    /** Infers the describable class from the enclosing class (the usual nested DescriptorImpl convention). */
    @SuppressWarnings("unchecked")
    protected Descriptor() {
        this.clazz = (Class<T>) getClass().getEnclosingClass();
        if (clazz == null) {
            throw new AssertionError(getClass() + " doesn't have an outer class. Use the constructor that takes the Class object explicitly.");
        }
        Type bt = baseDescriptorType(getClass());
        if (bt instanceof ParameterizedType pt) {
            Class<?> t = erasure(pt.getActualTypeArguments()[0]);
            if (t != null && !t.isAssignableFrom(clazz)) {
                throw new AssertionError("Outer class " + clazz + " of " + getClass() + " is not assignable to " + t + ". Perhaps wrong outer class?");
            }
        }
        try {
            Method getd = clazz.getMethod("getDescriptor");
            if (!getd.getReturnType().isAssignableFrom(getClass())) {
                throw new AssertionError(getClass() + " must be assignable to " + getd.getReturnType());
            }
        } catch (NoSuchMethodException e) {
            throw new AssertionError(getClass() + " is missing getDescriptor method.", e);
        }
    }

    /** Human-readable name; the simple name of {@link #clazz} unless overridden. */
    public String getDisplayName() {
        return clazz.getSimpleName();
    }

    /** Unique id of this descriptor; the class name of {@link #clazz} unless overridden. */
    public String getId() {
        return clazz.getName();
    }

    /** The type argument T of this descriptor's Descriptor&lt;T&gt; supertype. */
    @SuppressWarnings("unchecked")
    public Class<T> getT() {
        Type subTyping = baseDescriptorType(getClass());
        if (!(subTyping instanceof ParameterizedType pt)) {
            throw new IllegalStateException(getClass() + " doesn't extend Descriptor with a type parameter.");
        }
        return (Class<T>) erasure(pt.getActualTypeArguments()[0]);
    }

    /** Whether {@code instance} was created from this descriptor's class. */
    public final boolean isInstance(T instance) {
        return clazz.isInstance(instance);
    }

    /** Whether the described class is a subtype of {@code type}. */
    @SuppressWarnings("rawtypes")
    public final boolean isSubTypeOf(Class type) {
        return type.isAssignableFrom(clazz);
    }

    public static <T> T[] toArray(T... values) {
        return values;
    }

    public static <T> List<T> toList(T... values) {
        return Arrays.asList(values);
    }

    /** Describables keyed by their descriptors. */
    public static <T extends Describable<T>> Map<Descriptor<T>, T> toMap(Iterable<T> describables) {
        Map<Descriptor<T>, T> m = new LinkedHashMap<>();
        for (T d : describables) {
            Descriptor<T> descriptor;
            try {
                descriptor = d.getDescriptor();
            } catch (Throwable x) {
                continue;
            }
            m.put(descriptor, d);
        }
        return m;
    }

    /** The descriptor with the given {@link #getId()}, or null. */
    @SuppressWarnings("rawtypes")
    public static <T extends Descriptor> T findById(Collection<? extends T> list, String id) {
        for (T d : list) {
            if (d.getId().equals(id)) {
                return d;
            }
        }
        return null;
    }

    /** The descriptor whose {@link #clazz} has the given name, or null. */
    @SuppressWarnings("rawtypes")
    public static <T extends Descriptor> T findByDescribableClassName(Collection<? extends T> list, String className) {
        for (T d : list) {
            if (d.clazz.getName().equals(className)) {
                return d;
            }
        }
        return null;
    }

    /** Form submission error, naming the offending field. */
    public static final class FormException extends Exception {
        private final String formField;

        public FormException(String message, String formField) {
            super(message);
            this.formField = formField;
        }

        public FormException(String message, Throwable cause, String formField) {
            super(message, cause);
            this.formField = formField;
        }

        public FormException(Throwable cause, String formField) {
            super(cause);
            this.formField = formField;
        }

        /** The form field that contained the error. */
        public String getFormField() {
            return formField;
        }
    }

    /** Marker passed to {@link #Descriptor(Class)} for a descriptor that describes itself. */
    public static final class Self {}

    @SuppressWarnings("rawtypes")
    protected static Class self() {
        return Self.class;
    }

    /** Descriptor's type argument as seen from {@code c}, with type variables of intermediate classes resolved. */
    private static Type baseDescriptorType(Class<?> c) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            Type sup = k.getGenericSuperclass();
            if (sup instanceof ParameterizedType pt) {
                Type[] args = pt.getActualTypeArguments();
                Type[] resolved = new Type[args.length];
                for (int i = 0; i < args.length; i++) {
                    resolved[i] = args[i] instanceof TypeVariable<?> tv && bindings.containsKey(tv) ? bindings.get(tv) : args[i];
                }
                Class<?> raw = (Class<?>) pt.getRawType();
                if (raw == Descriptor.class) {
                    return new ParameterizedType() {
                        @Override
                        public Type[] getActualTypeArguments() {
                            return resolved.clone();
                        }

                        @Override
                        public Type getRawType() {
                            return Descriptor.class;
                        }

                        @Override
                        public Type getOwnerType() {
                            return null;
                        }
                    };
                }
                TypeVariable<?>[] params = raw.getTypeParameters();
                for (int i = 0; i < params.length && i < resolved.length; i++) {
                    bindings.put(params[i], resolved[i]);
                }
            } else if (sup == Descriptor.class) {
                return sup;
            }
        }
        return null;
    }

    private static Class<?> erasure(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType pt) {
            return (Class<?>) pt.getRawType();
        }
        return null;
    }
}
