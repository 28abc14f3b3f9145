// Stand-in for jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/verb/POST.java
// at 1967.vfcb_700b_75e9e (fcb700b75e9ed613d7d58e47aa117f504d2affe6). Written from it, not copied.
// Upstream's @InterceptorAnnotation meta-annotation is left out.
package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Restricts a web method to HTTP POST (selection stage: other verbs do not even reach it). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface POST {}
