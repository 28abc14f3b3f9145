// Stand-in for jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/QueryParameter.java
// at 1967.vfcb_700b_75e9e (fcb700b75e9ed613d7d58e47aa117f504d2affe6). Written from it, not copied.
// Upstream's @InjectedParameter meta-annotation and its nested HandlerImpl (which needs StaplerRequest2, a
// servlet type) are left out: they only matter when Stapler dispatches a request.
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a web-method parameter to an HTTP query parameter. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface QueryParameter {
    /** Query parameter name; empty means the Java parameter's name. */
    String value() default "";

    /** If true, a missing parameter is an error. */
    boolean required() default false;

    /** If true, an empty value is passed as null. */
    boolean fixEmpty() default false;
}
