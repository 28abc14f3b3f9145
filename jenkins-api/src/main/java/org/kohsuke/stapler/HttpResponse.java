// Stand-in for jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/HttpResponse.java
// at 1967.vfcb_700b_75e9e (fcb700b75e9ed613d7d58e47aa117f504d2affe6). Written from it, not copied.
// Left out: both generateResponse default methods (StaplerRequest2/StaplerResponse2 and their deprecated javax
// twins, servlet types not mirrored here); so here the type only lets web methods declare what they return.
package org.kohsuke.stapler;

/** What a web method ({@code doXyz}) returns or throws: an object that produces the HTTP response. */
public interface HttpResponse {}
