package io.jenkins.plugins.dwp.cli;

import io.jenkins.plugins.dwp.catalog.CatalogImage;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.catalog.ImageNotice;
import io.jenkins.plugins.dwp.catalog.UtcDay;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dwp images}: the catalog's images and their state today, what each family's default is, and each pool's image. */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = "Show the image catalog: each image's lifecycle state today, the image each family's default"
                + " resolves to, the tools each image ships and, given a pools file, the image each pool runs.",
        footer = {"", "Exit codes: 0 shown, 1 invalid catalog or pools file, 2 usage error."})
final class ImagesCommand extends PoolsCommand {

    @Parameters(paramLabel = "POOLS", arity = "0..1",
            description = "A pools file: its images: join the catalog and its pools are listed with their images.")
    private Path poolsFile;

    /** The JSON document of {@code --output json}. */
    record Report(String day, List<Views.ImageView> images, Map<String, String> defaults, List<Views.PoolView> pools,
            List<Views.FindingView> findings) {
    }

    @Override
    public Integer call() {
        Findings catalogFindings = new Findings();
        ImageCatalog catalog = input.catalog(spec, catalogFindings);
        Clock clock = clock();
        LocalDate day = UtcDay.of(clock);
        List<Finding> findings = new ArrayList<>(catalogFindings.sorted());
        Optional<PoolSet> poolSet = Optional.empty();
        if (poolsFile != null && !catalogFindings.hasErrors()) {
            ValidationResult result = new PoolsValidator(catalog, clock).validate(InputOptions.read(spec, poolsFile));
            findings.addAll(result.findings());
            poolSet = result.poolSet();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (findings.stream().anyMatch(Finding.Error.class::isInstance) && poolSet.isEmpty()) {
            return reportInvalid(out, findings);
        }
        ImageCatalog shown = poolSet.map(PoolSet::catalog).orElse(catalog);
        Map<String, String> defaults = new LinkedHashMap<>();
        shown.families().forEach(family -> defaults.put(family, shown.defaultOf(family, day).map(CatalogImage::id).orElse(null)));
        List<ResolvedPool> pools = poolSet.map(PoolSet::pools).orElse(List.of());
        if (input.output == OutputFormat.JSON) {
            Json.print(out, new Report(day.toString(),
                    shown.images().stream().map(i -> Views.ImageView.of(i, day)).toList(), defaults,
                    pools.stream().map(p -> Views.PoolView.of(p, day)).toList(), Views.FindingView.all(findings)));
        } else {
            printText(out, shown, day, defaults, pools, findings);
        }
        return Dwp.OK;
    }

    private int reportInvalid(PrintWriter out, List<Finding> findings) {
        if (input.output == OutputFormat.JSON) {
            Json.print(out, new Report(null, List.of(), Map.of(), List.of(), Views.FindingView.all(findings)));
        } else {
            findings.forEach(f -> out.println(f.format()));
            out.println("invalid, " + Findings.summary(findings));
        }
        return Dwp.INVALID;
    }

    private static void printText(PrintWriter out, ImageCatalog catalog, LocalDate day, Map<String, String> defaults,
            List<ResolvedPool> pools, List<Finding> findings) {
        out.println("Images on " + day + " (UTC)");
        TextTable images = new TextTable("ID", "FAMILY", "OS", "STAGE", "STATE", "DEPRECATED AFTER", "DECOMMISSIONED AFTER",
                "REPLACEMENT");
        for (CatalogImage image : catalog.images()) {
            images.row(image.id(), image.family(), image.os().yamlName(), image.stage().yamlName(),
                    image.stateOn(day).displayName(), image.deprecatedAfter().map(LocalDate::toString).orElse("-"),
                    image.decommissionedAfter().map(LocalDate::toString).orElse("-"), image.replacement().orElse("-"));
        }
        images.print(out, "  ");
        out.println();
        out.println("Image references and tools");
        for (CatalogImage image : catalog.images()) {
            out.println("  " + image.id() + "  " + image.reference());
            out.println("    tools: " + (image.tools().isEmpty() ? "none listed" : image.tools().values().stream()
                    .map(t -> t.name() + " " + String.join("|", t.versions())).collect(Collectors.joining(", "))));
            ImageNotice.about(image, day).ifPresent(n -> out.println("    " + n.severity().displayName() + ": " + n.message()));
        }
        out.println();
        out.println("Family defaults (default: FAMILY runs the newest stable image that is not deprecated)");
        TextTable families = new TextTable("FAMILY", "RESOLVES TO");
        defaults.forEach((family, id) -> families.row(family, id == null ? "nothing: no stable image in service" : id));
        families.print(out, "  ");
        if (!pools.isEmpty()) {
            out.println();
            out.println("Pools");
            TextTable table = new TextTable("POOL", "LABELS", "IMAGE", "RUNS", "STATE");
            for (ResolvedPool pool : pools) {
                table.row(pool.pool().name(), String.join(",", pool.pool().labels()), Views.describe(pool.pool().image()),
                        pool.image().id(), pool.image().stateOn(day).displayName());
            }
            table.print(out, "  ");
        }
        if (!findings.isEmpty()) {
            out.println();
            findings.forEach(f -> out.println(f.format()));
            out.println(Findings.summary(findings));
        }
    }
}
