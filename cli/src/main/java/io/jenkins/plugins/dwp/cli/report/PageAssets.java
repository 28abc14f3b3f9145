package io.jenkins.plugins.dwp.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The texts inlined into every page: Chart.js from its WebJar, and the page's own script and style. */
final class PageAssets {

    private static final String WEBJAR = "META-INF/resources/webjars/chart.js/";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    private static final String SOURCE_MAP = "//# sourceMappingURL=";

    private PageAssets() {
    }

    /**
     * The Chart.js bundle that includes its dependencies, without its source map reference: the map
     * is not in the page, and a page readable offline must not point at files beside it.
     */
    static String chartJs() {
        Properties webJar = new Properties();
        try (InputStream in = resource(WEBJAR_PROPERTIES)) {
            webJar.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String library = read(WEBJAR + webJar.getProperty("version") + "/dist/chart.umd.min.js");
        int sourceMap = library.lastIndexOf(SOURCE_MAP);
        String inlined = sourceMap < 0 ? library : library.substring(0, sourceMap);
        if (inlined.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("Chart.js contains </script and cannot be inlined into the page");
        }
        return inlined;
    }

    /** One of the page's own files, beside this class. */
    static String text(String name) {
        return read("io/jenkins/plugins/dwp/cli/report/" + name);
    }

    /**
     * With line ends as a browser reads them, so that the policy's hashes match what it reads
     * even from a checkout with CRLF line ends.
     */
    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + name);
        }
        return in;
    }
}
