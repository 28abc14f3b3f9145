// Stand-in for jenkinsci/lib-symbol-annotation src/main/java/org/jenkinsci/Symbol.java
// at symbol-annotation-1.25 (492047768e07c1e7c788cc1f66a62500ad9ca473), the version Jenkins 2.504.3's BOM uses.
// Written from it, not copied. Upstream's @Indexed (annotation-indexer) meta-annotation is left out: it only feeds
// an index at build time and has no effect on compiling.
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Short identifiers (DSL names) for an extension; the first is the primary one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
