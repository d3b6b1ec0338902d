package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.parallax.ui.common.FxDialogService;
import org.parallax.ui.common.FxFileChooserService;
import org.parallax.ui.common.TaskRunner;

/** Keeps the layers of docs/architecture.md: model <- io/analysis <- ui/cli, arrows pointing down only. */
@AnalyzeClasses(packages = "org.parallax", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("org.parallax.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.parallax.model..", "java.lang..",
                    "java.util..", "java.time..")
            .because("the model is plain immutable data: no JavaFX, no Jackson, no file access, no other layer, "
                    + "so every layer can use it and it can be tested alone");

    @ArchTest
    static final ArchRule modelDoesNoIo = noClasses().that().resideInAPackage("org.parallax.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..",
                    "com.fasterxml.jackson..", "javafx..")
            .because("reading and writing models is the io layer's job");

    @ArchTest
    static final ArchRule ioAndAnalysisKnowNoWindow = noClasses()
            .that().resideInAnyPackage("org.parallax.io..", "org.parallax.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.parallax.ui..", "org.parallax.cli..")
            .because("io and analysis serve both the window and the command line, and must run headless");

    @ArchTest
    static final ArchRule analysisReadsNoFiles = noClasses().that().resideInAPackage("org.parallax.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "com.fasterxml.jackson..",
                    "org.parallax.io..")
            .because("analysis is pure computation over a model already loaded; files are io's job");

    @ArchTest
    static final ArchRule cliUsesNoJavaFx = noClasses().that().resideInAPackage("org.parallax.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.parallax.ui..")
            .because("the command line must run where no display and no JavaFX toolkit is available");

    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.parallax.model..")
            .layer("IO").definedBy("org.parallax.io..")
            .layer("Analysis").definedBy("org.parallax.analysis..")
            .layer("Edit").definedBy("org.parallax.edit..")
            .layer("UI").definedBy("org.parallax.ui..")
            .layer("CLI").definedBy("org.parallax.cli..")
            .layer("Launcher").definedBy("org.parallax")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Edit").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("IO").mayOnlyBeAccessedByLayers("Edit", "UI", "CLI")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("IO", "UI", "CLI")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("IO", "Analysis", "Edit", "UI", "CLI")
            .because("arrows point down only: ui and cli use io and analysis, which use model; exporters in io "
                    + "may apply the analysis filter, analysis never reads or writes");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("org.parallax.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("results go to the CLI's writers and diagnostics to java.util.logging; a library that prints "
                    + "would corrupt a command's output");

    // issue 18: one threading discipline and one dialog service (decisions 0080, 0081)

    /** The window's classes other than the task runner (with its nested classes). */
    private static final DescribedPredicate<JavaClass> THREAD_OWNERS = new DescribedPredicate<>(
            "are in the window (ui) but not the task runner") {
        @Override
        public boolean test(JavaClass owner) {
            String name = owner.getName();
            return name.startsWith("org.parallax.ui.") && !name.equals(TaskRunner.class.getName())
                    && !name.startsWith(TaskRunner.class.getName() + "$");
        }
    };

    @ArchTest
    static final ArchRule onlyTheTaskRunnerHopsToTheFxThread = noClasses()
            .that().doNotBelongToAnyOf(TaskRunner.class)
            .should().callMethod(Platform.class, "runLater", Runnable.class)
            .because("results come back to the FX thread in one place, the task runner (decision 0080): a hop "
                    + "anywhere else is work that bypasses its failure logging and its tests");

    @ArchTest
    static final ArchRule onlyTheTaskRunnerStartsThreads = noClasses()
            .that(THREAD_OWNERS)
            .should().callConstructorWhere(JavaConstructorCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Thread.class))))
            .orShould().callMethodWhere(JavaMethodCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.type(Executors.class))))
            .because("the window's background work starts in the task runner (decision 0080); packages that "
                    + "cannot know JavaFX (io's UTF-8 check, analysis's encoders, edit's autosaver) keep their own "
                    + "worker threads and hand results to the window through it");

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a view-model holds state and properties; its view owns the nodes, so the view-model is "
                    + "tested without a scene");

    @ArchTest
    static final ArchRule dialogsGoThroughTheDialogService = noClasses()
            .that().doNotBelongToAnyOf(FxDialogService.class, FxFileChooserService.class)
            .should().callConstructorWhere(JavaConstructorCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.assignableTo(Dialog.class)
                            .or(JavaClass.Predicates.assignableTo(FileChooser.class))
                            .or(JavaClass.Predicates.assignableTo(DirectoryChooser.class)))))
            .because("every dialog and file chooser goes through the DialogService and its FileChooserService, "
                    + "owned by the window (decision 0081), so tests under Monocle answer them");
}
