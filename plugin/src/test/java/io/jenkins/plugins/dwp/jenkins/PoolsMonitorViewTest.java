package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * The pools monitor's view, checked as far as can be without Jenkins: well-formed, escaping every
 * expression, every text from its message.properties, every method it calls there, and a Dismiss form
 * that posts to the monitor's web method.
 */
class PoolsMonitorViewTest {

    private static final String VIEW = "/io/jenkins/plugins/dwp/jenkins/PoolsMonitor/message.jelly";
    private static final String TEXTS = "/io/jenkins/plugins/dwp/jenkins/PoolsMonitor/message.properties";

    /** The type of each variable the view calls methods on. */
    private static final Map<String, Class<?>> VARIABLES = Map.of(
            "it", PoolsMonitor.class,
            "notices", PoolNotices.class,
            "row", PoolNotices.ImageRow.class,
            "text", PoolNotices.RejectedText.class);

    private static String source() throws IOException {
        try (InputStream in = PoolsMonitorViewTest.class.getResourceAsStream(VIEW)) {
            assertNotNull(in, VIEW + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = PoolsMonitorViewTest.class.getResourceAsStream(VIEW)) {
            assertNotNull(in, VIEW + " is missing");
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = PoolsMonitorViewTest.class.getResourceAsStream(TEXTS)) {
            assertNotNull(in, TEXTS + " is missing");
            texts.load(in);
        }
        return texts;
    }

    @Test
    void theViewIsWellFormedAndEscapesEveryExpression() throws Exception {
        Document view = parse();

        Node first = view.getFirstChild();
        assertTrue(first instanceof ProcessingInstruction, "the view starts with <?jelly escape-by-default='true'?>");
        assertEquals("jelly", ((ProcessingInstruction) first).getTarget());
        assertEquals("escape-by-default='true'", ((ProcessingInstruction) first).getData());
        assertEquals("jelly:core", view.getDocumentElement().getNamespaceURI());
    }

    @Test
    void everyTextComesFromMessagePropertiesAndEveryOneThereIsUsed() throws Exception {
        Matcher keys = Pattern.compile("\\$\\{%([^(}]+)").matcher(source());
        Set<String> used = new TreeSet<>();
        while (keys.find()) {
            used.add(keys.group(1));
        }

        assertEquals(new TreeSet<>(texts().stringPropertyNames()), used);
    }

    @Test
    void everyMethodTheViewCallsExists() throws Exception {
        Matcher calls = Pattern.compile("\\b(it|notices|row|text)\\.(\\w+)\\(").matcher(source());
        int count = 0;
        while (calls.find()) {
            String name = calls.group(2);
            Class<?> type = VARIABLES.get(calls.group(1));
            assertTrue(Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name)
                    && Modifier.isPublic(m.getDeclaringClass().getModifiers())), type.getSimpleName() + " has no " + name + "()");
            count++;
        }
        assertTrue(count >= 12, "the view reads the rows and rejected texts: " + count + " calls");
    }

    @Test
    void theDismissFormPostsToTheMonitorsPostOnlyWebMethod() throws Exception {
        Element form = (Element) parse().getElementsByTagName("form").item(0);

        assertEquals("post", form.getAttribute("method"));
        assertEquals("${rootURL}/${it.url}/dismiss", form.getAttribute("action"));
        Method dismiss = PoolsMonitor.class.getMethod("doDismiss");
        assertNotNull(dismiss.getAnnotation(RequirePOST.class));
    }

    @Test
    void theBoxIsStyledBySeverity() throws Exception {
        Element box = (Element) parse().getElementsByTagName("div").item(0);

        assertEquals("${notices.alertClass()}", box.getAttribute("class"));
    }
}
