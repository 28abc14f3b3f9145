package io.jenkins.plugins.dwp.jenkins;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The controller id a cloud puts on its pods: the Jenkins instance and the cloud, readable and
 * short enough for a Kubernetes label value (at most 63 characters of letters, digits, '-').
 */
@Restricted(NoExternalUse.class)
final class ControllerIds {

    private static final int INSTANCE_CHARS = 12;
    private static final int NAME_CHARS = 30;
    private static final int HASH_CHARS = 8;

    private ControllerIds() {
    }

    /**
     * @param instanceId the Jenkins instance's id (a hex digest)
     * @param cloudName the cloud's name, any text
     * @return {@code jenkins-<instance>-<cloud name, cleaned>-<hash of the name>}: the hash keeps two
     *     names that clean alike apart
     */
    static String of(String instanceId, String cloudName) {
        String instance = instanceId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        instance = instance.substring(0, Math.min(INSTANCE_CHARS, instance.length()));
        String name = cloudName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        name = name.substring(0, Math.min(NAME_CHARS, name.length())).replaceAll("-+$", "");
        return "jenkins-" + instance + "-" + (name.isEmpty() ? "" : name + "-") + hash(cloudName);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
