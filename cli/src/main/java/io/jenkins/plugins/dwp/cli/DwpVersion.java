package io.jenkins.plugins.dwp.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written in the jar's manifest by the build. */
final class DwpVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Dwp.class.getPackage().getImplementationVersion();
        return new String[] {"dwp " + (version == null ? "(development build)" : version)};
    }
}
