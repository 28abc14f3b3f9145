package io.jenkins.plugins.dwp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The engine runs in the plugin, in dwp and in the simulator alike, so it must not touch Jenkins. */
class EngineIsJenkinsFreeTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.dwp");

    @Test
    void engineDependsOnNoJenkinsClass() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..");
        rule.check(ENGINE);
    }

    @Test
    void engineImportedSomething() {
        // Guards the rule above against passing on an empty import.
        org.junit.jupiter.api.Assertions.assertTrue(ENGINE.size() > 10, "engine classes found: " + ENGINE.size());
    }
}
