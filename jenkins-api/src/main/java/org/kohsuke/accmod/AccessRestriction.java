// Stand-in for jenkinsci/lib-access-modifier access-modifier-annotation/src/main/java/org/kohsuke/accmod/AccessRestriction.java
// at access-modifier-1.34 (de5e8cc78f3776c49aa873637118aac4b9350d58), the version Jenkins 2.504.3 uses.
// Written from it, not copied. Only the type is mirrored: its abstract checker callbacks take the checker's own
// types (Location, RestrictedElement, ErrorListener) and only run inside the access-modifier-checker.
package org.kohsuke.accmod;

/** Kind of access restriction named by {@link Restricted}. */
public abstract class AccessRestriction {
    /** Whether the restriction also applies to nested elements. */
    public boolean appliesToNested() {
        return false;
    }
}
