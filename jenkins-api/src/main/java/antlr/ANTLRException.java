// Stand-in for jenkinsci/jenkins core/src/main/java/antlr/ANTLRException.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Thrown by Label.parseExpression on a syntax error.
package antlr;

/** Parse error of a label (or crontab) expression; kept in jenkins-core for compatibility. */
@Deprecated
public class ANTLRException extends IllegalArgumentException {
    public ANTLRException(String message) {
        super(message);
    }

    public ANTLRException(String message, Throwable cause) {
        super(message, cause);
    }

    public ANTLRException(Throwable cause) {
        super(cause);
    }
}
