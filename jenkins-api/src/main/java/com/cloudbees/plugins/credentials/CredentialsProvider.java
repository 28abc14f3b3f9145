// Stand-in for jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java
// at 1487.va_d001ede2c31 (ad001ede2c3102c5cd50075cfac820dc5fed793f), the last release whose baseline is Jenkins 2.504. Written from it, not copied.
//
// Mirrored: the current (non-deprecated, Spring Security based) lookups for an ItemGroup such as Jenkins itself:
// lookupCredentialsInItemGroup and findCredentialByIdInItemGroup, and the provider-side methods they call. As
// upstream, the static lookups start with Jenkins.get(), so outside a running Jenkins they throw
// IllegalStateException. Left out: the deprecated Acegi and Item overloads, listCredentials*, the Item-level
// lookups, stores and scopes, fingerprint tracking, permissions (they need localized titles), the
// CredentialsResolver step for legacy types. isEnabled() is true here (upstream asks CredentialsProviderManager,
// which is absent outside Jenkins, giving true as well). Upstream also implements IconSpec.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.ItemGroup;
import hudson.security.ACL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/** An extension point that supplies {@link Credentials}; also the entry point for looking credentials up. */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider> {

    /** A provider that provides nothing. */
    public static final CredentialsProvider NONE = new CredentialsProvider() {};

    @SuppressWarnings("unchecked")
    public CredentialsProvider() {
        super(Descriptor.self());
    }

    /** Credentials of a type available to {@code authentication} in {@code itemGroup} (Jenkins if null). */
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(Class<C> type,
                                                                               ItemGroup itemGroup,
                                                                               Authentication authentication) {
        return lookupCredentialsInItemGroup(type, itemGroup, authentication, List.of());
    }

    /**
     * Credentials of a type available to {@code authentication} (SYSTEM if null) for items in {@code itemGroup}
     * (Jenkins if null), restricted to the given domain requirements; a credential id appears at most once.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(Class<C> type,
                                                                               ItemGroup itemGroup,
                                                                               Authentication authentication,
                                                                               List<DomainRequirement> domainRequirements) {
        Objects.requireNonNull(type);
        Jenkins jenkins = Jenkins.get();
        itemGroup = itemGroup == null ? jenkins : itemGroup;
        authentication = authentication == null ? ACL.SYSTEM2 : authentication;
        domainRequirements = domainRequirements == null ? Collections.emptyList() : domainRequirements;
        List<C> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CredentialsProvider provider : all()) {
            if (provider.isEnabled(itemGroup) && provider.isApplicable(type)) {
                for (C c : provider.getCredentialsInItemGroup(type, itemGroup, authentication, domainRequirements)) {
                    if (!(c instanceof IdCredentials) || ids.add(((IdCredentials) c).getId())) {
                        result.add(c);
                    }
                }
            }
        }
        return result;
    }

    /**
     * The credential with this id and type available to {@code authentication} (SYSTEM if null) for items in
     * {@code itemGroup} (Jenkins if null), or null.
     */
    public static <C extends IdCredentials> C findCredentialByIdInItemGroup(String id,
                                                                            Class<C> type,
                                                                            ItemGroup<?> itemGroup,
                                                                            Authentication authentication,
                                                                            List<DomainRequirement> domainRequirements) {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        if (itemGroup == null) {
            itemGroup = Jenkins.get();
        }
        if (authentication == null) {
            authentication = ACL.SYSTEM2;
        }
        if (domainRequirements == null) {
            domainRequirements = List.of();
        }
        for (CredentialsProvider provider : all()) {
            if (provider.isEnabled(itemGroup) && provider.isApplicable(type)) {
                C credential = provider.getCredentialByIdInItemGroup(id, type, itemGroup, authentication, domainRequirements);
                if (credential != null) {
                    return credential;
                }
            }
        }
        return null;
    }

    /** All registered providers. */
    public static ExtensionList<CredentialsProvider> all() {
        return ExtensionList.lookup(CredentialsProvider.class);
    }

    /** The registered providers that are enabled. */
    public static List<CredentialsProvider> enabled() {
        return ExtensionList.lookup(CredentialsProvider.class).stream()
                .filter(CredentialsProvider::isEnabled)
                .collect(Collectors.toList());
    }

    /** The registered providers that are enabled in a context. */
    public static List<CredentialsProvider> enabled(Object context) {
        return ExtensionList.lookup(CredentialsProvider.class).stream()
                .filter(p -> p.isEnabled(context))
                .collect(Collectors.toList());
    }

    @Override
    public Descriptor<CredentialsProvider> getDescriptor() {
        return this;
    }

    /** Whether the administrator has not disabled this provider. */
    public final boolean isEnabled() {
        return true;
    }

    /** Whether this provider is enabled in a context. */
    public boolean isEnabled(Object context) {
        return isEnabled();
    }

    /** "Foo Bar" for a class named FooBar. */
    @Override
    public String getDisplayName() {
        return String.join(" ", getClass().getSimpleName().split("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    }

    /**
     * The credentials this provider offers to {@code authentication} for items in {@code itemGroup}; providers
     * override this (the base implementation only adapts to the removed Acegi overloads and otherwise throws
     * AbstractMethodError).
     */
    public <C extends Credentials> List<C> getCredentialsInItemGroup(Class<C> type,
                                                                     ItemGroup itemGroup,
                                                                     Authentication authentication,
                                                                     List<DomainRequirement> domainRequirements) {
        throw new AbstractMethodError("Implement getCredentialsInItemGroup from " + getClass());
    }

    /** The credential of this provider with the id; by default filters {@link #getCredentialsInItemGroup}. */
    public <C extends IdCredentials> C getCredentialByIdInItemGroup(String id,
                                                                    Class<C> type,
                                                                    ItemGroup<?> itemGroup,
                                                                    Authentication authentication,
                                                                    List<DomainRequirement> domainRequirements) {
        return CredentialsMatchers.firstOrNull(
                getCredentialsInItemGroup(type, itemGroup, authentication, domainRequirements),
                CredentialsMatchers.withId(id));
    }

    /** Whether this provider can supply credentials of the type (some registered descriptor is of that type). */
    public final boolean isApplicable(Class<? extends Credentials> clazz) {
        if (!isEnabled()) {
            return false;
        }
        for (CredentialsDescriptor d : ExtensionList.lookup(CredentialsDescriptor.class)) {
            if (clazz.isAssignableFrom(d.clazz) && isApplicable(d)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this provider can store credentials of the descriptor's type. */
    public final boolean isApplicable(Descriptor<?> descriptor) {
        if (!isEnabled()) {
            return false;
        }
        if (descriptor instanceof CredentialsDescriptor) {
            if (!((CredentialsDescriptor) descriptor).isApplicable(this)) {
                return false;
            }
        }
        return _isApplicable(descriptor);
    }

    protected boolean _isApplicable(Descriptor<?> descriptor) {
        return true;
    }
}
