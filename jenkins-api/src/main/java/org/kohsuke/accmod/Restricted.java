// Stand-in for jenkinsci/lib-access-modifier access-modifier-annotation/src/main/java/org/kohsuke/accmod/Restricted.java
// at access-modifier-1.34 (de5e8cc78f3776c49aa873637118aac4b9350d58), the version Jenkins 2.504.3 uses.
// Written from it, not copied. Upstream's @Indexed meta-annotation is left out (build-time index only).
package org.kohsuke.accmod;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Restricts who may use the annotated element; enforced by the access-modifier checker at build time. */
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Restricted {
    Class<? extends AccessRestriction>[] value();
}
