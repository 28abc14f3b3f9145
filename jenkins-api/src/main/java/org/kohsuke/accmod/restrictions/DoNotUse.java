// Stand-in for jenkinsci/lib-access-modifier access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/DoNotUse.java
// at access-modifier-1.34 (de5e8cc78f3776c49aa873637118aac4b9350d58), the version Jenkins 2.504.3 uses.
// Written from it, not copied; the checker callbacks are left out (see AccessRestriction).
package org.kohsuke.accmod.restrictions;

import org.kohsuke.accmod.AccessRestriction;

/** No use at all from outside. */
public class DoNotUse extends AccessRestriction {
    @Override
    public boolean appliesToNested() {
        return true;
    }
}
