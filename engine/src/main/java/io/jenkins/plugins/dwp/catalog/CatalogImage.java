package io.jenkins.plugins.dwp.catalog;

import io.jenkins.plugins.dwp.yaml.SourceLocation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One image of the catalog: what a worker runs, and its life by date.
 *
 * @param id unique name, what {@code pinned:} and {@code replacement:} refer to
 * @param family what {@code default:} selects by
 * @param name display name
 * @param os the operating system, which decides where workers are scheduled
 * @param reference the container image reference, by tag and/or digest
 * @param stage alpha or stable
 * @param agent whether the image runs the Jenkins agent itself or needs it injected
 * @param deprecatedAfter the last day before the image is deprecated
 * @param decommissionedAfter the last day steps may run on it
 * @param replacement the id every notice about this image points to
 * @param tools what the image ships, by tool name
 * @param definedAt where the image is defined, for findings about it
 */
public record CatalogImage(
        String id,
        String family,
        String name,
        OperatingSystem os,
        String reference,
        Stage stage,
        AgentSource agent,
        Optional<LocalDate> deprecatedAfter,
        Optional<LocalDate> decommissionedAfter,
        Optional<String> replacement,
        Map<String, ToolOffer> tools,
        SourceLocation definedAt) {

    /** Copies the tools, keeping the catalog's order, so the image cannot change. */
    public CatalogImage {
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
    }

    /** The image's state on {@code day} (UTC): each date takes effect the day after it. */
    public LifecycleState stateOn(LocalDate day) {
        if (decommissionedAfter.filter(day::isAfter).isPresent()) {
            return LifecycleState.DECOMMISSIONED;
        }
        if (deprecatedAfter.filter(day::isAfter).isPresent()) {
            return LifecycleState.DEPRECATED;
        }
        return stage == Stage.ALPHA ? LifecycleState.ALPHA : LifecycleState.STABLE;
    }
}
