package io.jenkins.plugins.dwp.cli.simulate;

/** The simulation lost track of the embedded cluster and cannot go on without giving a wrong answer. */
public final class SimulationStalled extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulationStalled(String message) {
        super(message);
    }
}
