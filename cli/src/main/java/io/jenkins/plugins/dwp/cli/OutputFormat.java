package io.jenkins.plugins.dwp.cli;

/** How a command prints its result: for people, or as one JSON document on stdout. */
enum OutputFormat {
    TEXT,
    JSON
}
