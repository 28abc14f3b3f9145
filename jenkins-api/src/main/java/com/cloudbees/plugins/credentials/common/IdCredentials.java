// Stand-in for jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java
// at 1487.va_d001ede2c31 (ad001ede2c3102c5cd50075cfac820dc5fed793f), the last release whose baseline is Jenkins 2.504. Written from it, not copied.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import java.util.UUID;

/** Credentials with an id, unique within their store. */
public interface IdCredentials extends Credentials {
    /** The id by which jobs and configurations refer to this credential. */
    String getId();

    /** equals/hashCode helpers for implementations: credentials are equal when their ids are. */
    final class Helpers {
        public static boolean equals(IdCredentials self, Object o) {
            if (self == o) {
                return true;
            }
            if (!(o instanceof IdCredentials)) {
                return false;
            }
            IdCredentials that = (IdCredentials) o;
            return self.getId().equals(that.getId());
        }

        public static int hashCode(IdCredentials self) {
            return self.getId().hashCode();
        }

        /** The id, or a random UUID if it is null or empty. */
        public static String fixEmptyId(String id) {
            return id == null || id.isEmpty() ? UUID.randomUUID().toString() : id;
        }
    }
}
