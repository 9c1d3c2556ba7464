package io.github.pixivajax.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the modules promise, checked over the production classes of all three modules (this
 * module depends on the other two, so every class is visible here).
 */
@AnalyzeClasses(packages = "io.github.pixivajax", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String CORE = "io.github.pixivajax.core..";
  private static final String CORE_INTERNAL = "io.github.pixivajax.core.internal..";
  private static final String RX = "io.github.pixivajax.rx..";
  private static final String RX_INTERNAL = "io.github.pixivajax.rx.internal..";

  @ArchTest
  static final ArchRule coreNeverDependsOnRx =
      noClasses().that().resideInAPackage(CORE)
          .should().dependOnClassesThat().resideInAPackage(RX)
          .because("pixiv-core is usable without pixiv-rx");

  @ArchTest
  static final ArchRule modelsNeverDependOnTheApiOrRetrofit =
      noClasses().that().resideInAPackage("io.github.pixivajax.core.model..")
          .should().dependOnClassesThat().resideInAnyPackage("io.github.pixivajax.core.api..", "retrofit2..")
          .because("models are plain records, decodable without the HTTP layer");

  @ArchTest
  static final ArchRule onlyCoreTouchesCoreInternal =
      noClasses().that().resideOutsideOfPackage(CORE)
          .should().dependOnClassesThat().resideInAPackage(CORE_INTERNAL)
          .because("other modules use only pixiv-core's public API");

  @ArchTest
  static final ArchRule onlyRxTouchesRxInternal =
      noClasses().that().resideOutsideOfPackage(RX)
          .should().dependOnClassesThat().resideInAPackage(RX_INTERNAL)
          .because("other modules use only pixiv-rx's public API");

  @ArchTest
  static final ArchRule nothingUsesRxJavaInternals =
      noClasses().that().resideInAPackage("io.github.pixivajax..")
          .should().dependOnClassesThat().resideInAPackage("io.reactivex.rxjava3.internal..")
          .because("RxJava's internal packages change without notice");

  @ArchTest
  static final ArchRule fakePixivIsIndependentOfTheClient =
      noClasses().that().resideInAPackage("io.github.pixivajax.examples.fake..")
          .should().dependOnClassesThat().resideInAnyPackage(CORE, RX)
          .because("the fake stands in for pixiv: it must not share the client's models or assumptions");
}
