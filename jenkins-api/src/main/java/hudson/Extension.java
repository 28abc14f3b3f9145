// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/Extension.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Upstream's @Indexable (SezPoz) meta-annotation is left out: it only generates the extension index at build time.
package hudson;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jenkins.YesNoMaybe;

/** Marks a field, method or class for automatic discovery as an extension. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface Extension {
    /** Sort key: extensions are listed in descending order of ordinal. */
    double ordinal() default 0;

    /** If true, class loading errors of this extension are not logged. */
    boolean optional() default false;

    /** Whether this extension supports dynamic loading of its plugin. */
    YesNoMaybe dynamicLoadable() default YesNoMaybe.MAYBE;
}
