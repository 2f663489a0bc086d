package cn.gonghui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the service, pointing one way: a base (platform, who is calling, the privacy
 * primitives) that never names a capability; the capabilities; and the composition above them (the
 * privacy rights, which find the capabilities' parts through CDI, and the launcher). Plain tests
 * over the compiled main classes: no Quarkus, a few seconds.
 */
class ArchitectureTest {

    private static final String ROOT = "cn.gonghui";
    /** The base and composition packages; every other top-level package is a capability. */
    private static final Set<String> NOT_CAPABILITIES = Set.of("platform", "security", "privacy", "launcher");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void theBaseNeverNamesACapabilityAndCompositionSitsOnTop() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Platform").definedBy(ROOT + ".platform..")
                .layer("Security").definedBy(ROOT + ".security..")
                .layer("Privacy primitives").definedBy(ROOT + ".privacy", ROOT + ".privacy.audit..",
                        ROOT + ".privacy.logging..")
                .layer("Capabilities").definedBy(capability())
                .layer("Privacy rights").definedBy(ROOT + ".privacy.rights..")
                .layer("Launcher").definedBy(ROOT, ROOT + ".launcher..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Privacy rights").mayNotBeAccessedByAnyLayer()
                .whereLayer("Capabilities").mayNotBeAccessedByAnyLayer()
                .whereLayer("Privacy primitives").mayOnlyBeAccessedByLayers("Capabilities", "Privacy rights", "Launcher")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("Privacy primitives", "Capabilities", "Privacy rights",
                        "Launcher")
                .check(main);
    }

    @Test
    void noTwoTopLevelPackagesDependOnEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    /**
     * The roster import and export sit on top: they read identity, membership, place and the queue's
     * views, and nothing names them (identity and application reach the exports through interfaces
     * of their own that the roster implements).
     */
    @Test
    void theRosterIsALeafThatReadsOnlyWhatItImports() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".roster..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".roster..").check(main);
        classes().that().resideInAPackage(ROOT + ".roster..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("the roster's allowed packages", type -> {
                    String top = topLevelPackage(type);
                    return top == null && !type.getPackageName().equals(ROOT)
                            || Set.of("roster", "identity", "membership", "place", "privacy", "security", "platform",
                                    "application").contains(top);
                })).check(main);
    }

    /**
     * Another capability goes through the owner's query services and read-only values (e.g.
     * {@code identity.Members}, {@code place.StreetQueries}, {@code application.ApplicationRef}),
     * never its entities: no JPA association crosses a capability, which keeps the ids of the other's
     * rows instead, and the lines see the engine's application as a value.
     */
    @Test
    void aCapabilitysEntitiesAreUsedOnlyInsideItsOwnPackage() {
        classes().that().areAnnotatedWith(Entity.class).should(beUsedOnlyInTheirOwnTopLevelPackage()).check(main);
    }

    private static DescribedPredicate<JavaClass> capability() {
        return DescribedPredicate.describe("a capability package", type -> {
            String top = topLevelPackage(type);
            return top != null && !NOT_CAPABILITIES.contains(top);
        });
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnTopLevelPackage() {
        return new ArchCondition<>("be used only inside their own top-level package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String owner = topLevelPackage(entity);
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    String user = topLevelPackage(dependency.getOriginClass());
                    if (!owner.equals(user)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code identity} for {@code cn.gonghui.identity.token.AccessTokens}; {@code null} for the root package. */
    static String topLevelPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
