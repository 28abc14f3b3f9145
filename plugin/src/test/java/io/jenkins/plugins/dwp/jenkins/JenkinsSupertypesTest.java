package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The methods Jenkins' types leave to the plugin's classes. Every type of jenkins-core or of a plugin's API that a
 * class of the plugin or of its tests extends or implements directly is recorded here with the methods a concrete
 * subclass must implement, as read in upstream's sources at the versions jenkins-api/README.md pins (the file named
 * in each entry, and its supertypes).
 *
 * <p>In the default build the types are jenkins-api's stand-ins: a stand-in that leaves out a member abstract
 * upstream, or gives it a body upstream does not, lets a subclass compile here that will not compile against the real
 * jars (as {@code FlowExecutionOwner} once did); this test fails first. Under the {@code jenkins} profile the types are
 * the real ones, so the same test checks the record itself. A class that starts extending a Jenkins type not recorded
 * here fails it too, until its upstream set is recorded.
 *
 * <p>What it cannot see: constructors, visibility and checked exceptions, the members the plugin only calls, and types
 * that are reached only through a supertype not recorded here; those need the {@code jenkins} profile.
 */
class JenkinsSupertypesTest {

    private static final String CORE = "jenkinsci/jenkins core/src/main/java/";

    /** A Jenkins type, where upstream declares it, and the methods a concrete subclass of it must implement. */
    private record Upstream(String file, Set<String> mustImplement) {
        Upstream(String file, String... mustImplement) {
            this(file, Set.of(mustImplement));
        }
    }

    private static final Map<String, Upstream> RECORDED = Map.ofEntries(
            Map.entry("com.cloudbees.plugins.credentials.common.StandardCredentials", new Upstream(
                    "jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java",
                    "getDescription()", "getDescriptor()", "getId()", "getScope()")),
            Map.entry("org.jenkinsci.plugins.plaincredentials.StringCredentials", new Upstream(
                    "jenkinsci/plain-credentials-plugin src/main/java/org/jenkinsci/plugins/plaincredentials/StringCredentials.java",
                    "getDescription()", "getDescriptor()", "getId()", "getScope()", "getSecret()")),
            Map.entry("org.jenkinsci.plugins.plaincredentials.FileCredentials", new Upstream(
                    "jenkinsci/plain-credentials-plugin src/main/java/org/jenkinsci/plugins/plaincredentials/FileCredentials.java",
                    "getContent()", "getDescription()", "getDescriptor()", "getFileName()", "getId()", "getScope()")),
            Map.entry("org.jenkinsci.plugins.durabletask.executors.ContinuableExecutable", new Upstream(
                    "jenkinsci/durable-task-plugin src/main/java/org/jenkinsci/plugins/durabletask/executors/ContinuableExecutable.java",
                    "getParent()", "run()", "willContinue()")),
            Map.entry("org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner", new Upstream(
                    "jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecutionOwner.java",
                    "equals(java.lang.Object)", "get()", "getExecutable()", "getRootDir()", "getUrl()", "hashCode()")),
            Map.entry("org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner$Executable", new Upstream(
                    "jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecutionOwner.java",
                    "asFlowExecutionOwner()", "getParent()", "run()")),
            Map.entry("hudson.model.AdministrativeMonitor", new Upstream(CORE + "hudson/model/AdministrativeMonitor.java",
                    "isActivated()")),
            Map.entry("hudson.model.AsyncPeriodicWork", new Upstream(CORE + "hudson/model/AsyncPeriodicWork.java",
                    "execute(hudson.model.TaskListener)", "getRecurrencePeriod()")),
            Map.entry("hudson.model.Descriptor", new Upstream(CORE + "hudson/model/Descriptor.java")),
            Map.entry("hudson.model.ExecutorListener", new Upstream(CORE + "hudson/model/ExecutorListener.java")),
            Map.entry("hudson.model.Queue$Executable", new Upstream(CORE + "hudson/model/Queue.java",
                    "getParent()", "run()")),
            Map.entry("hudson.model.Queue$Task", new Upstream(CORE + "hudson/model/Queue.java",
                    "createExecutable()", "getDisplayName()", "getFullDisplayName()", "getName()", "getUrl()")),
            Map.entry("hudson.model.Queue$FlyweightTask", new Upstream(CORE + "hudson/model/Queue.java",
                    "createExecutable()", "getDisplayName()", "getFullDisplayName()", "getName()", "getUrl()")),
            Map.entry("hudson.model.Slave", new Upstream(CORE + "hudson/model/Slave.java")),
            Map.entry("hudson.model.Slave$SlaveDescriptor", new Upstream(CORE + "hudson/model/Slave.java")),
            Map.entry("hudson.model.queue.QueueListener", new Upstream(CORE + "hudson/model/queue/QueueListener.java")),
            Map.entry("hudson.slaves.AbstractCloudComputer", new Upstream(CORE + "hudson/slaves/AbstractCloudComputer.java")),
            Map.entry("hudson.slaves.AbstractCloudSlave", new Upstream(CORE + "hudson/slaves/AbstractCloudSlave.java",
                    "_terminate(hudson.model.TaskListener)", "createComputer()")),
            Map.entry("hudson.slaves.Cloud", new Upstream(CORE + "hudson/slaves/Cloud.java")),
            Map.entry("hudson.slaves.ComputerListener", new Upstream(CORE + "hudson/slaves/ComputerListener.java")),
            Map.entry("hudson.slaves.JNLPLauncher", new Upstream(CORE + "hudson/slaves/JNLPLauncher.java")),
            Map.entry("hudson.slaves.NodeProvisioner$Strategy", new Upstream(CORE + "hudson/slaves/NodeProvisioner.java",
                    "apply(hudson.slaves.NodeProvisioner$StrategyState)")),
            Map.entry("hudson.slaves.RetentionStrategy", new Upstream(CORE + "hudson/slaves/RetentionStrategy.java",
                    "check(hudson.model.Computer)")));

    /** Packages of jenkins-core, of the plugins whose API we use, and of the libraries they bring. */
    private static final Predicate<String> JENKINS = name -> Stream.of("hudson.", "jenkins.", "org.jenkinsci.",
            "com.cloudbees.", "org.kohsuke.").anyMatch(name::startsWith);

    @Test
    void everyJenkinsTypeOurClassesExtendIsRecorded() throws Exception {
        SortedSet<String> extended = new TreeSet<>();
        for (Class<?> ours : ourClasses()) {
            Stream.concat(Stream.ofNullable(ours.getSuperclass()), Arrays.stream(ours.getInterfaces()))
                    .map(Class::getName).filter(JENKINS).forEach(extended::add);
        }

        assertEquals(new TreeSet<>(RECORDED.keySet()), extended,
                "record what upstream leaves to subclasses of a newly extended type; drop a type no longer extended");
    }

    @Test
    void eachRecordedTypeLeavesToSubclassesWhatUpstreamDoes() {
        List<Executable> checks = new ArrayList<>();
        RECORDED.forEach((name, upstream) -> checks.add(() -> assertEquals(new TreeSet<>(upstream.mustImplement()),
                mustImplement(Class.forName(name, false, getClass().getClassLoader())),
                name + ", as in " + upstream.file())));
        assertAll(checks);
    }

    /** The classes of the plugin and of its tests, as compiled. */
    private static List<Class<?>> ourClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> anchor : List.of(DynamicWorkerPoolsCloud.class, JenkinsSupertypesTest.class)) {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class")
                        && !p.endsWith("package-info.class")).toList();
            }
            for (Path file : files) {
                String relative = root.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name, false, JenkinsSupertypesTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    /**
     * The methods, as name and erased parameter types, that a concrete class extending {@code type} must implement:
     * those whose nearest declaration in {@code type}'s class chain is abstract, and, where no class declares them,
     * those no interface gives a body to (an interface declaration overridden by a subinterface's does not count).
     */
    private static SortedSet<String> mustImplement(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type.isInterface() ? Object.class : type; c != null; c = c.getSuperclass()) {
            chain.add(c);
        }
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        if (type.isInterface()) {
            addWithSuperinterfaces(type, interfaces);
        }
        chain.forEach(c -> Arrays.stream(c.getInterfaces()).forEach(i -> addWithSuperinterfaces(i, interfaces)));

        Set<String> signatures = Stream.concat(chain.stream(), interfaces.stream())
                .flatMap(c -> inherited(c).stream()).map(JenkinsSupertypesTest::signature)
                .collect(Collectors.toCollection(TreeSet::new));
        SortedSet<String> required = new TreeSet<>();
        for (String signature : signatures) {
            Boolean isAbstract = null;
            for (Class<?> c : chain) {
                List<Method> declared = declarations(c, signature);
                if (!declared.isEmpty()) {
                    isAbstract = declared.stream().anyMatch(m -> Modifier.isAbstract(m.getModifiers()));
                    break;
                }
            }
            if (isAbstract == null) {
                List<Method> declared = interfaces.stream().flatMap(i -> declarations(i, signature).stream()).toList();
                List<Method> nearest = declared.stream().filter(m -> declared.stream().noneMatch(other ->
                        other.getDeclaringClass() != m.getDeclaringClass()
                                && m.getDeclaringClass().isAssignableFrom(other.getDeclaringClass()))).toList();
                isAbstract = nearest.stream().noneMatch(Method::isDefault);
            }
            if (isAbstract) {
                required.add(signature);
            }
        }
        return required;
    }

    private static void addWithSuperinterfaces(Class<?> type, Set<Class<?>> interfaces) {
        if (interfaces.add(type)) {
            Arrays.stream(type.getInterfaces()).forEach(i -> addWithSuperinterfaces(i, interfaces));
        }
    }

    /**
     * What {@code type} declares with that signature. A bridge the compiler added beside a method of the same
     * signature (for a covariant return) only forwards to it, so it is left out; a bridge alone implements it.
     */
    private static List<Method> declarations(Class<?> type, String signature) {
        List<Method> declared = inherited(type).stream().filter(m -> signature(m).equals(signature)).toList();
        List<Method> written = declared.stream().filter(m -> !m.isBridge()).toList();
        return written.isEmpty() ? declared : written;
    }

    /** The instance methods {@code type} declares that a subclass inherits or overrides. */
    private static List<Method> inherited(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(m.getModifiers()))
                .toList();
    }

    private static String signature(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
                .collect(Collectors.joining(",", method.getName() + "(", ")"));
    }
}
