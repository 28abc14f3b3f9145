package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The cloud's Jelly form and help pages, checked as far as can be without Jenkins: well-formed,
 * one entry and one help page for every property, and the "Test Connection" button sending what
 * its web method takes.
 */
class ViewsTest {

    private static final String VIEWS = "/io/jenkins/plugins/dwp/jenkins/DynamicWorkerPoolsCloud/";

    private static Document parse(String resource) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = ViewsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> formElements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("/lib/form", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void theFormHasOneEntryForEveryProperty() throws Exception {
        Document config = parse(VIEWS + "config.jelly");
        List<String> fields = formElements(config, "entry").stream().map(e -> e.getAttribute("field")).toList();

        assertEquals(new TreeSet<>(DataBoundProperties.of(DynamicWorkerPoolsCloud.class).keySet()), new TreeSet<>(fields));
        assertEquals(Set.copyOf(fields).size(), fields.size(), "no field twice: " + fields);
    }

    @Test
    void everyPropertyHasAHelpPage() throws Exception {
        for (String property : DataBoundProperties.of(DynamicWorkerPoolsCloud.class).keySet()) {
            Document help = parse(VIEWS + "help-" + property + ".html");
            assertEquals("div", help.getDocumentElement().getTagName(), property);
            assertTrue(help.getDocumentElement().getTextContent().strip().length() > 40, property + ": say more");
        }
    }

    @Test
    void thePoolsAreEditedAsYaml() throws Exception {
        Document config = parse(VIEWS + "config.jelly");
        List<Element> textareas = formElements(config, "textarea");

        assertEquals(1, textareas.size());
        assertEquals("pools", ((Element) textareas.get(0).getParentNode()).getAttribute("field"));
        assertEquals("yaml", textareas.get(0).getAttribute("codemirror-mode"));
    }

    @Test
    void theTestConnectionButtonSendsWhatItsMethodTakes() throws Exception {
        Document config = parse(VIEWS + "config.jelly");
        List<Element> buttons = formElements(config, "validateButton");
        assertEquals(1, buttons.size());
        Element button = buttons.get(0);

        String method = "do" + Character.toUpperCase(button.getAttribute("method").charAt(0))
                + button.getAttribute("method").substring(1);
        Method webMethod = Arrays.stream(DynamicWorkerPoolsCloud.DescriptorImpl.class.getMethods())
                .filter(m -> m.getName().equals(method)).findFirst().orElseThrow();
        List<String> parameters = Arrays.stream(webMethod.getParameters()).map(Parameter::getName).toList();
        assertEquals(parameters, List.of(button.getAttribute("with").split(",")));
    }

    @Test
    void thePluginHasADescription() throws Exception {
        Document index = parse("/index.jelly");
        assertTrue(index.getDocumentElement().getTextContent().contains("Kubernetes pod"));
    }

    @Test
    void theCloudPageUsesOnlyWhatItsRowsAndTheCloudHave() throws Exception {
        parse(VIEWS + "main.jelly");
        String page;
        try (InputStream in = ViewsTest.class.getResourceAsStream(VIEWS + "main.jelly")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(page.contains("<?jelly escape-by-default='true'?>"));
        assertCalls(page, "pool", CloudPage.PoolRow.class);
        assertCalls(page, "worker", CloudPage.WorkerRow.class);
        java.util.regex.Matcher getters = java.util.regex.Pattern.compile("it\\.(\\w+)").matcher(page);
        while (getters.find()) {
            String getter = "get" + Character.toUpperCase(getters.group(1).charAt(0)) + getters.group(1).substring(1);
            assertNotNull(DynamicWorkerPoolsCloud.class.getMethod(getter), getter);
        }
        java.util.Properties texts = new java.util.Properties();
        try (InputStream in = ViewsTest.class.getResourceAsStream(VIEWS + "main.properties")) {
            texts.load(in);
        }
        assertTrue(texts.containsKey("NoPools") && texts.containsKey("NoWorkers"));
    }

    private static void assertCalls(String page, String variable, Class<? extends Record> row) {
        Set<String> components = Arrays.stream(row.getRecordComponents()).map(c -> c.getName()).collect(java.util.stream.Collectors.toSet());
        java.util.regex.Matcher calls = java.util.regex.Pattern.compile(variable + "\\.(\\w+)\\(\\)").matcher(page);
        int found = 0;
        while (calls.find()) {
            assertTrue(components.contains(calls.group(1)), variable + "." + calls.group(1) + "() is not in " + row);
            found++;
        }
        assertTrue(found > 0, "the page shows no " + variable);
    }
}
