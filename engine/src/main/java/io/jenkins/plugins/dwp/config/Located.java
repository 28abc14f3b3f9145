package io.jenkins.plugins.dwp.config;

import io.jenkins.plugins.dwp.yaml.YamlNode;

/** A value read from a file, with the node it was written at, for checks made once a pool is whole. */
record Located<T>(T value, YamlNode node) {
}
