// Stand-in for jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/interceptor/RequirePOST.java
// at 1967.vfcb_700b_75e9e (fcb700b75e9ed613d7d58e47aa117f504d2affe6). Written from it, not copied.
// Upstream's @InterceptorAnnotation meta-annotation and nested Processor / ErrorCustomizer (servlet types) are left out.
package org.kohsuke.stapler.interceptor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Requires the annotated web method to be invoked with HTTP POST. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface RequirePOST {}
