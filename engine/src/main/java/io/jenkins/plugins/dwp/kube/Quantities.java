package io.jenkins.plugins.dwp.kube;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ({@code 500m}, {@code 1Gi}) read as the API server reads them. */
public final class Quantities {

    /** The grammar of k8s.io/apimachinery's resource.Quantity; fabric8 then parses the number. */
    public static final Pattern GRAMMAR =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?");

    private Quantities() {
    }

    /** The quantity written as {@code text}, if Kubernetes would accept it. */
    public static Optional<Quantity> parse(String text) {
        if (!GRAMMAR.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Quantity.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The quantity's value in base units: cores for cpu, bytes for memory. */
    public static BigDecimal amount(Quantity quantity) {
        return quantity.getNumericalAmount();
    }
}
