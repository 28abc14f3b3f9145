package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Watcher;

/** One pod event as the simulated kubelet's watch received it. */
record KubeletEvent(Watcher.Action action, Pod pod) {
}
