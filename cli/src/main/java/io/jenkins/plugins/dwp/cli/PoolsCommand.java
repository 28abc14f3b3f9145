package io.jenkins.plugins.dwp.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command that reads pools and the catalog has: its place under {@code dwp}, and the input options. */
abstract class PoolsCommand implements Callable<Integer> {

    @ParentCommand
    private Dwp dwp;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    /** The clock that decides "today": {@code --date} if given, else dwp's. */
    Clock clock() {
        return input.clock(dwp.clock());
    }
}
