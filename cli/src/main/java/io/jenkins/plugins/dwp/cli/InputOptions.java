package io.jenkins.plugins.dwp.cli;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.CatalogFile;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * A pools file checked against the catalog.
     *
     * @param source the file as read
     * @param findings the catalog file's findings, then the pools file's
     * @param poolSet the pools, when the file has no error but a lifecycle one
     */
    record LoadedPools(SourceFile source, List<Finding> findings, Optional<PoolSet> poolSet) {

        /** Whether there is no error at all. */
        boolean valid() {
            return findings.stream().noneMatch(Finding.Error.class::isInstance);
        }
    }

    /**
     * Validates the pools file against the built-in catalog with {@code --catalog} over it. With a
     * broken catalog the pools are not validated: every pool would report its image missing, and
     * the catalog's own errors say more.
     */
    LoadedPools load(CommandSpec spec, Path poolsFile, Clock clock) {
        Findings catalogFindings = new Findings();
        ImageCatalog catalog = catalog(spec, catalogFindings);
        SourceFile source = read(spec, poolsFile);
        List<Finding> findings = new ArrayList<>(catalogFindings.sorted());
        if (catalogFindings.hasErrors()) {
            return new LoadedPools(source, findings, Optional.empty());
        }
        ValidationResult result = new PoolsValidator(catalog, clock).validate(source);
        findings.addAll(result.findings());
        return new LoadedPools(source, findings, result.poolSet());
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
