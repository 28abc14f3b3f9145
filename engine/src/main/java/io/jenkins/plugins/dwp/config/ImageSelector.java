package io.jenkins.plugins.dwp.config;

/** How a pool names its image: by family, following the newest stable image, or one image by id. */
public sealed interface ImageSelector permits ImageSelector.FamilyDefault, ImageSelector.Pinned {

    /** {@code image: {default: FAMILY}}: the newest stable, not deprecated image of the family. */
    record FamilyDefault(String family) implements ImageSelector {
    }

    /** {@code image: {pinned: ID}}: exactly that image, for as long as it lives. */
    record Pinned(String imageId) implements ImageSelector {
    }
}
