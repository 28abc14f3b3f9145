// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/util/VariableResolver.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.util;

import java.util.Collection;
import java.util.Map;

/** Resolves variable names to values (null when unknown). */
public interface VariableResolver<V> {
    V resolve(String name);

    /** Resolves nothing. */
    @SuppressWarnings("rawtypes")
    VariableResolver NONE = name -> null;

    /** Resolves from a map. */
    final class ByMap<V> implements VariableResolver<V> {
        private final Map<String, V> data;

        public ByMap(Map<String, V> data) {
            this.data = data;
        }

        @Override
        public V resolve(String name) {
            return data.get(name);
        }
    }

    /** Asks each resolver in turn; the first non-null answer wins. */
    final class Union<V> implements VariableResolver<V> {
        private final VariableResolver<? extends V>[] resolvers;

        @SafeVarargs
        public Union(VariableResolver<? extends V>... resolvers) {
            this.resolvers = resolvers.clone();
        }

        @SuppressWarnings("unchecked")
        public Union(Collection<? extends VariableResolver<? extends V>> resolvers) {
            this.resolvers = resolvers.toArray(new VariableResolver[0]);
        }

        @Override
        public V resolve(String name) {
            for (VariableResolver<? extends V> r : resolvers) {
                V v = r.resolve(name);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }
}
