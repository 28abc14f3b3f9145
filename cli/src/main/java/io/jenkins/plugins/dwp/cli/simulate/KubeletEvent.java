package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Watcher;

/** A worker pod added or deleted, as the simulated kubelet heard of it from the store. */
record KubeletEvent(Watcher.Action action, Pod pod) {
}
