// Stand-in for jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsMatchers.java
// at 1487.va_d001ede2c31 (ad001ede2c3102c5cd50075cfac820dc5fed793f), the last release whose baseline is Jenkins 2.504. Written from it, not copied.
// Upstream returns instances of its public matcher classes (com.cloudbees.plugins.credentials.matchers.*); here the
// matchers are private implementations with the same behaviour. Left out: withUsername, filterKeys, filterValues.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Factory of {@link CredentialsMatcher}s and helpers to apply them. */
public class CredentialsMatchers {
    private CredentialsMatchers() {
        throw new UnsupportedOperationException("Utility class");
    }

    public static CredentialsMatcher always() {
        return matcher("always", item -> true);
    }

    public static CredentialsMatcher never() {
        return matcher("never", item -> false);
    }

    public static CredentialsMatcher not(CredentialsMatcher matcher) {
        return matcher("not(" + matcher + ")", item -> !matcher.matches(item));
    }

    @SuppressWarnings("rawtypes")
    public static CredentialsMatcher instanceOf(Class clazz) {
        return matcher("instanceOf(" + clazz.getName() + ")", clazz::isInstance);
    }

    /** Matches {@link IdCredentials} with exactly this id. */
    public static CredentialsMatcher withId(String id) {
        if (id == null) {
            throw new NullPointerException();
        }
        return matcher("withId(" + id + ")", item -> item instanceof IdCredentials && id.equals(((IdCredentials) item).getId()));
    }

    public static CredentialsMatcher withScope(CredentialsScope scope) {
        return withScopes(scope);
    }

    public static CredentialsMatcher withScopes(CredentialsScope... scopes) {
        return withScopes(Arrays.asList(scopes));
    }

    public static CredentialsMatcher withScopes(Collection<CredentialsScope> scopes) {
        Set<CredentialsScope> set = scopes.isEmpty() ? EnumSet.noneOf(CredentialsScope.class) : EnumSet.copyOf(scopes);
        return matcher("withScopes(" + set + ")", item -> set.contains(item.getScope()));
    }

    public static CredentialsMatcher allOf(CredentialsMatcher... matchers) {
        List<CredentialsMatcher> all = Arrays.asList(matchers);
        return matcher("allOf(" + all + ")", item -> all.stream().allMatch(m -> m.matches(item)));
    }

    public static CredentialsMatcher anyOf(CredentialsMatcher... matchers) {
        List<CredentialsMatcher> any = Arrays.asList(matchers);
        return matcher("anyOf(" + any + ")", item -> any.stream().anyMatch(m -> m.matches(item)));
    }

    public static CredentialsMatcher both(CredentialsMatcher matcher1, CredentialsMatcher matcher2) {
        return allOf(matcher1, matcher2);
    }

    public static CredentialsMatcher either(CredentialsMatcher matcher1, CredentialsMatcher matcher2) {
        return anyOf(matcher1, matcher2);
    }

    public static CredentialsMatcher noneOf(CredentialsMatcher... matchers) {
        return not(anyOf(matchers));
    }

    public static <C extends Credentials> Collection<C> filter(Collection<C> credentials, CredentialsMatcher matcher) {
        return credentials.stream().filter(Objects::nonNull).filter(matcher::matches)
                .collect(Collectors.toCollection(credentials instanceof Set ? LinkedHashSet::new : ArrayList::new));
    }

    public static <C extends Credentials> Set<C> filter(Set<C> credentials, CredentialsMatcher matcher) {
        return credentials.stream().filter(Objects::nonNull).filter(matcher::matches).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static <C extends Credentials> List<C> filter(List<C> credentials, CredentialsMatcher matcher) {
        return credentials.stream().filter(Objects::nonNull).filter(matcher::matches).collect(Collectors.toList());
    }

    public static <C extends Credentials> Iterable<C> filter(Iterable<C> credentials, CredentialsMatcher matcher) {
        return StreamSupport.stream(credentials.spliterator(), false).filter(Objects::nonNull).filter(matcher::matches).collect(Collectors.toList());
    }

    /** The first matching credential, or {@code defaultIfNone}. */
    public static <C extends Credentials> C firstOrDefault(Iterable<C> credentials, CredentialsMatcher matcher, C defaultIfNone) {
        return StreamSupport.stream(credentials.spliterator(), false)
                .filter(matcher::matches)
                .findFirst()
                .orElse(defaultIfNone);
    }

    /** The first matching credential, or null. */
    public static <C extends Credentials> C firstOrNull(Iterable<C> credentials, CredentialsMatcher matcher) {
        return firstOrDefault(credentials, matcher, null);
    }

    private interface Test extends Serializable {
        boolean test(Credentials item);
    }

    private static CredentialsMatcher matcher(String description, Test test) {
        return new CredentialsMatcher() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean matches(Credentials item) {
                return test.test(item);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
