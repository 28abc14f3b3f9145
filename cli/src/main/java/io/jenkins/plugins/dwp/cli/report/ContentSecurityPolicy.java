package io.jenkins.plugins.dwp.cli.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The page's Content-Security-Policy: nothing may be fetched, and only the page's own scripts and
 * style, named by their SHA-256 hashes, may run. Should a string from the document ever get past
 * the escaping as markup, the browser would still refuse to run it.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /**
     * @param scripts the exact text of each inline {@code <script>} element that is to run
     * @param styles  the exact text of each inline {@code <style>} element
     */
    static String allowingOnly(List<String> scripts, List<String> styles) {
        return "default-src 'none'; script-src " + hashes(scripts) + "; style-src " + hashes(styles);
    }

    private static String hashes(List<String> texts) {
        return texts.stream().map(ContentSecurityPolicy::sha256).collect(Collectors.joining(" "));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
