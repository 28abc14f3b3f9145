// Stand-in for jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/HttpResponses.java
// at 1967.vfcb_700b_75e9e (fcb700b75e9ed613d7d58e47aa117f504d2affe6). Written from it, not copied.
// Only forwardToPreviousPage and the nested HttpResponseException are mirrored. Outside Stapler a response is never
// generated, so the constant it returns has no behaviour here.
package org.kohsuke.stapler;

/** Factory of {@link HttpResponse}s. */
public class HttpResponses {

    /** An {@link HttpResponse} that can also be thrown. */
    public abstract static class HttpResponseException extends RuntimeException implements HttpResponse {
        public HttpResponseException() {}

        public HttpResponseException(String message) {
            super(message);
        }

        public HttpResponseException(String message, Throwable cause) {
            super(message, cause);
        }

        public HttpResponseException(Throwable cause) {
            super(cause);
        }
    }

    /** Sends the user back to the page they came from (the {@code Referer}). */
    public static HttpResponseException forwardToPreviousPage() {
        return FORWARD_TO_PREVIOUS_PAGE;
    }

    private static final HttpResponseException FORWARD_TO_PREVIOUS_PAGE = new HttpResponseException() {};
}
