// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/tools/PropertyDescriptor.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Upstream resolves type parameters with Functions.getTypeParameter; this stand-in
// resolves them with plain reflection.
package hudson.tools;

import hudson.model.Describable;
import hudson.model.Descriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Descriptor of a property type P that can be attached to targets of type T (for example node properties). */
public abstract class PropertyDescriptor<P extends Describable<P>, T> extends Descriptor<P> {
    protected PropertyDescriptor(Class<? extends P> clazz) {
        super(clazz);
    }

    protected PropertyDescriptor() {
    }

    /** Whether this property can be attached to {@code targetType} (from the property class's type argument). */
    @SuppressWarnings("unchecked")
    public boolean isApplicable(Class<? extends T> targetType) {
        Class<?> p = typeArgument(getClass(), Descriptor.class);
        Class<?> applicable = p == null ? null : typeArgument(clazz, p);
        return applicable == null || applicable.isAssignableFrom(targetType);
    }

    /** The descriptors applicable to the target type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <D extends PropertyDescriptor<?, T>, T> List<D> for_(List<D> all, Class<? extends T> target) {
        List<D> result = new ArrayList<>();
        for (D d : all) {
            if (d.isApplicable((Class) target)) {
                result.add(d);
            }
        }
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <D extends PropertyDescriptor<?, T>, T> List<D> for_(List<D> all, T target) {
        return for_(all, (Class) target.getClass());
    }

    /** Erasure of the first type argument that {@code c} binds for {@code base}, or null if unbound. */
    private static Class<?> typeArgument(Class<?> c, Class<?> base) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        Type found = walk(c, base, bindings);
        return erasure(found);
    }

    private static Type walk(Type t, Class<?> base, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw = erasure(t);
        if (raw == null) {
            return null;
        }
        if (t instanceof ParameterizedType pt) {
            TypeVariable<?>[] params = raw.getTypeParameters();
            Type[] args = pt.getActualTypeArguments();
            for (int i = 0; i < params.length; i++) {
                Type a = args[i];
                bindings.put(params[i], a instanceof TypeVariable<?> tv && bindings.containsKey(tv) ? bindings.get(tv) : a);
            }
            if (raw == base) {
                Type a = bindings.get(params[0]);
                return a;
            }
        }
        if (raw == base) {
            return null;
        }
        List<Type> supers = new ArrayList<>();
        if (raw.getGenericSuperclass() != null) {
            supers.add(raw.getGenericSuperclass());
        }
        supers.addAll(List.of(raw.getGenericInterfaces()));
        for (Type s : supers) {
            Class<?> sr = erasure(s);
            if (sr != null && base.isAssignableFrom(sr)) {
                return walk(s, base, bindings);
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
        if (t instanceof TypeVariable<?> tv && tv.getBounds().length > 0) {
            return erasure(tv.getBounds()[0]);
        }
        return null;
    }
}
