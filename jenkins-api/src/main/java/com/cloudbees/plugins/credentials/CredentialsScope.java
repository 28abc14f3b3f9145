// Stand-in for jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsScope.java
// at 1487.va_d001ede2c31 (ad001ede2c3102c5cd50075cfac820dc5fed793f), the last release whose baseline is Jenkins 2.504. Written from it, not copied.
package com.cloudbees.plugins.credentials;

import hudson.model.Computer;
import hudson.model.ModelObject;
import hudson.model.Node;
import java.io.Serializable;
import jenkins.model.Jenkins;

/** Where a credential may be used. */
public enum CredentialsScope implements Serializable {
    /** Only by Jenkins itself (and its nodes), not by jobs. */
    SYSTEM {
        @Override
        public String getDisplayName() {
            return "System (Jenkins and nodes only)";
        }

        @Override
        public boolean isVisible(ModelObject context) {
            return context instanceof Jenkins || context instanceof Node || context instanceof Computer;
        }
    },
    /** By Jenkins and by jobs. */
    GLOBAL {
        @Override
        public String getDisplayName() {
            return "Global (Jenkins, nodes, items, all child items, etc)";
        }

        @Override
        public boolean isVisible(ModelObject context) {
            return true;
        }
    },
    /** By the owning user only. */
    USER {
        @Override
        public String getDisplayName() {
            return "User";
        }

        @Override
        public boolean isVisible(ModelObject context) {
            return true;
        }
    };

    public abstract String getDisplayName();

    /** Whether credentials of this scope are visible in the given context. */
    public abstract boolean isVisible(ModelObject context);
}
