package io.jenkins.plugins.dwp.cli;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.CatalogFile;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options every command that reads pools shares: the catalog, the day, and the output format. */
final class InputOptions {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "A catalog file (images:) laid over the built-in catalog; later images replace earlier by id.")
    Path catalogFile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Judge image lifecycles on this day (UTC) instead of today, to see what is coming.")
    LocalDate date;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document on stdout.")
    OutputFormat output;

    /** The clock that decides the day: {@code --date} if given, else the command's own. */
    Clock clock(Clock fallback) {
        return date == null ? fallback : Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /** The built-in catalog with the {@code --catalog} file over it; the file's problems go to {@code findings}. */
    ImageCatalog catalog(CommandSpec spec, Findings findings) {
        ImageCatalog builtin = BuiltinCatalog.get();
        return catalogFile == null ? builtin : CatalogFile.load(read(spec, catalogFile), builtin, findings);
    }

    /** Reads a file named on the command line; one that cannot be read is a usage error, not a finding. */
    static SourceFile read(CommandSpec spec, Path path) {
        try {
            return SourceFile.read(path);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + path + ": no such file");
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + path + ": " + e.getMessage());
        }
    }
}
