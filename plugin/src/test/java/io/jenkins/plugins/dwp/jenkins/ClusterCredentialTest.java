package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.kubernetes.client.Config;
import org.junit.jupiter.api.Test;

class ClusterCredentialTest {

    private static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
              - name: prod
                cluster: { server: "https://prod.example.com:6443", insecure-skip-tls-verify: true }
            users:
              - name: jenkins
                user: { token: kubeconfig-token }
            contexts:
              - name: prod
                context: { cluster: prod, user: jenkins, namespace: ci }
            current-context: prod
            """;

    @Test
    void aTokenGoesToTheNamedServerOnly() {
        Config config = new ClusterCredential.Token("s3cr3t").config("https://k8s.example.com:6443");
        assertEquals("https://k8s.example.com:6443/", config.getMasterUrl());
        assertEquals("s3cr3t", config.getOauthToken());
    }

    @Test
    void aKubeconfigGivesServerAndUserAndTheCloudsUrlWins() {
        Config config = new ClusterCredential.Kubeconfig(KUBECONFIG).config(null);
        assertEquals("https://prod.example.com:6443/", config.getMasterUrl());
        assertEquals("kubeconfig-token", config.getAutoOAuthToken() != null ? config.getAutoOAuthToken() : config.getOauthToken());
        assertEquals("https://other.example.com/",
                new ClusterCredential.Kubeconfig(KUBECONFIG).config("https://other.example.com").getMasterUrl());
    }

    @Test
    void aNamedServerWithoutCredentialGetsNothingOfTheControllers() {
        Config config = new ClusterCredential.Ambient().config("https://k8s.example.com:6443");
        assertEquals("https://k8s.example.com:6443/", config.getMasterUrl());
        assertNull(config.getOauthToken());
    }

    @Test
    void secretsNeverShowInTheirText() {
        assertFalse(new ClusterCredential.Token("s3cr3t").toString().contains("s3cr3t"));
        assertFalse(new ClusterCredential.Kubeconfig(KUBECONFIG).toString().contains("kubeconfig-token"));
    }
}
