package io.jenkins.plugins.dwp.config;

/**
 * The whole numbers a setting accepts.
 *
 * @param min the smallest accepted
 * @param max the largest accepted
 */
public record IntRange(int min, int max) {
}
