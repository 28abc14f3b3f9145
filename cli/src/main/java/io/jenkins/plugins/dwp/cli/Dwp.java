package io.jenkins.plugins.dwp.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code dwp} command: checks pools files, shows the image catalog and renders the pods pools would create. */
@Command(name = "dwp", mixinStandardHelpOptions = true, versionProvider = DwpVersion.class,
        description = "Dynamic Worker Pools: Jenkins build steps on short-lived Kubernetes pods.",
        subcommands = {ValidateCommand.class, ImagesCommand.class, RenderCommand.class, PlanCommand.class,
            ApplyCommand.class, SimulateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done (warnings allowed), 1 invalid input, 2 usage error, 3 internal error,"
                + " 4 cluster unreachable or refusing."})
public final class Dwp implements Callable<Integer> {

    /** The command did what was asked; warnings allowed. */
    static final int OK = 0;
    /** A file given is invalid; every problem was reported. */
    static final int INVALID = 1;
    /** The command line itself is wrong, or a file named on it cannot be read. */
    static final int USAGE = 2;
    /** A defect in dwp: reported in one line, never as a stack trace. */
    static final int INTERNAL = 3;
    /** The cluster could not be reached, read or changed. */
    static final int CLUSTER = 4;

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    Dwp(Clock clock) {
        this.clock = clock;
    }

    /** The clock that decides "today" for image lifecycles, unless {@code --date} says otherwise. */
    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Runs dwp and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Clock.systemUTC()));
    }

    /**
     * Runs dwp as {@link #main} does, writing to the given streams.
     *
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        CommandLine commandLine = new CommandLine(new Dwp(clock));
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("dwp: internal error, please report it: " + exception);
            return INTERNAL;
        });
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }
}
