package io.jenkins.plugins.dwp.kube;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.Objects;

/**
 * The two objects one worker is made of, ready to create: first the pod, then the secret.
 *
 * <p>The pod refers to the secret by name (its name) and the kubelet waits for it, so the pod can
 * be created first; the secret is then created with an owner reference to the created pod (see
 * {@link #secretOwnedBy(Pod)}), so that Kubernetes deletes it with the pod and no secret outlives
 * its worker, even when the controller that made them is gone.
 *
 * @param pod the worker's pod; it holds no secret value, only a reference to {@code secret}
 * @param secret the agent's secret, named like the pod, without an owner yet
 */
public record RenderedWorker(Pod pod, Secret secret) {

    /**
     * The secret to create once {@code created} exists: owned by it, so that deleting the pod
     * deletes the secret.
     *
     * @param created the pod as the API server returned it on create: its uid is what the owner reference names
     * @return a copy of {@link #secret()} with one owner reference to {@code created}
     * @throws IllegalArgumentException if {@code created} has no uid, or is not this worker's pod
     */
    public Secret secretOwnedBy(Pod created) {
        String uid = created.getMetadata() == null ? null : created.getMetadata().getUid();
        if (uid == null || uid.isEmpty()) {
            throw new IllegalArgumentException("the pod has no uid: pass the pod the API server returned on create");
        }
        String name = created.getMetadata().getName();
        if (!Objects.equals(pod.getMetadata().getName(), name)
                || !Objects.equals(pod.getMetadata().getNamespace(), created.getMetadata().getNamespace())) {
            throw new IllegalArgumentException("pod " + created.getMetadata().getNamespace() + "/" + name
                    + " is not this worker's pod " + pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName());
        }
        return new SecretBuilder(secret)
                .editMetadata()
                .withOwnerReferences(new OwnerReferenceBuilder()
                        .withApiVersion("v1")
                        .withKind("Pod")
                        .withName(name)
                        .withUid(uid)
                        // Not a controller: nothing reconciles the secret from the pod. Not blocking: a
                        // foreground delete of the pod must not wait on, or need rights to, the secret.
                        .withController(false)
                        .withBlockOwnerDeletion(false)
                        .build())
                .endMetadata()
                .build();
    }
}
