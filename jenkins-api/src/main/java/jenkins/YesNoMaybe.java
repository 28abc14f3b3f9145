// Stand-in for jenkinsci/jenkins core/src/main/java/jenkins/YesNoMaybe.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package jenkins;

/** Three-valued answer. */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE;

    /** null for MAYBE. */
    public static Boolean toBoolean(YesNoMaybe v) {
        if (v == null) {
            return null;
        }
        return v.toBool();
    }

    /** null for MAYBE. */
    public Boolean toBool() {
        switch (this) {
            case YES:
                return true;
            case NO:
                return false;
            default:
                return null;
        }
    }
}
