package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.AttributeType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of the embedded store's objects by kind (plural), namespace and name, so that a request
 * for one object finds it without matching every stored key against it, as the mock server does.
 * Not thread-safe: the store changes it and reads it under its lock.
 */
final class StoreIndex {

    private static final List<String> NAME_KEYS = List.of(KubernetesAttributesExtractor.PLURAL,
            KubernetesAttributesExtractor.NAMESPACE, KubernetesAttributesExtractor.NAME);
    /** The mock server's value that equals every value. */
    private static final String WILDCARD = "*";

    /** Usually one key a name; more when API groups share a plural. */
    private final Map<String, Set<AttributeSet>> keysByName = new HashMap<>();
    /** Stored keys with a wildcard in kind, namespace or name: they may match anything, so while there are any, nothing is looked up here. */
    private final Set<AttributeSet> wildcardKeys = new HashSet<>();

    /** The store replaced the object keyed {@code old} (none when null) by one keyed {@code stored} (none when null). */
    void replaced(AttributeSet old, AttributeSet stored) {
        if (old != null) {
            wildcardKeys.remove(old);
            nameOf(old, false).ifPresent(name -> {
                Set<AttributeSet> keys = keysByName.get(name);
                if (keys != null && keys.remove(old) && keys.isEmpty()) {
                    keysByName.remove(name);
                }
            });
        }
        if (stored != null) {
            Optional<String> name = nameOf(stored, false);
            if (name.isPresent()) {
                keysByName.computeIfAbsent(name.get(), n -> new LinkedHashSet<>()).add(stored);
            } else if (hasWildcard(stored)) {
                wildcardKeys.add(stored);
            }
        }
    }

    /**
     * The stored keys that may match {@code query}, when it asks for one object by kind, namespace
     * and name; empty when the index cannot tell, and every key must be matched.
     */
    Optional<Set<AttributeSet>> candidates(AttributeSet query) {
        if (!wildcardKeys.isEmpty()) {
            return Optional.empty();
        }
        return nameOf(query, true).map(name -> keysByName.getOrDefault(name, Set.of()));
    }

    /**
     * Kind, namespace and name of a stored key, or of a query that asks for exactly them; empty
     * when one is missing (cluster-scoped objects, lists) or is the wildcard.
     */
    private static Optional<String> nameOf(AttributeSet attributes, boolean query) {
        StringBuilder name = new StringBuilder();
        for (String key : NAME_KEYS) {
            Attribute attribute = attributes.getAttribute(key);
            if (attribute == null || attribute.getValues().size() != 1
                    || (query && attribute.getType() != AttributeType.WITH)) {
                return Optional.empty();
            }
            String value = attribute.getValues().get(0).toString();
            if (WILDCARD.equals(value)) {
                return Optional.empty();
            }
            name.append(value).append('/');
        }
        return Optional.of(name.toString());
    }

    private static boolean hasWildcard(AttributeSet stored) {
        return NAME_KEYS.stream().map(stored::getAttribute)
                .anyMatch(a -> a != null && a.getValues().stream().anyMatch(v -> WILDCARD.equals(v.toString())));
    }
}
