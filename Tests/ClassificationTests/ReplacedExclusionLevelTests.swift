import SovScanModel
import Testing
@testable import Classification

/// Issue 15, thirteenth session: a Maven dependency that a POM excludes from another direct dependency and declares
/// beside it patches that dependency's tree, so it serves what that dependency serves.
@Suite struct ReplacedExclusionLevelTests: ScansFixtures {
    /// Modelled on InSEE's Queen back office: the JMS listener excludes `commons-beanutils` from the Artemis starter
    /// and declares version 1.11.0 itself (the twelfth sample labels it `middleware`, like the starter).
    @Test func aDependencyDeclaredInPlaceOfAnExcludedOneTakesTheExcludersLevel() throws {
        let (system, result) = try scan("maven-levels/jms-listener-patch")
        let beanutils = try #require(system.components.first { $0.name == "commons-beanutils" })
        #expect(beanutils.properties[Component.mavenReplacesExcludedProperty]
            == "org.springframework.boot:spring-boot-starter-artemis")
        let (level, why) = try level(result, "pkg:maven/commons-beanutils/commons-beanutils")
        #expect(level == .middleware)
        #expect(why.hasPrefix("declared in place of the version that org.springframework.boot:spring-boot-starter-artemis "
            + "brings (the POM excludes it from org.springframework.boot:spring-boot-starter-artemis), so it serves what "), "\(why)")
        // A utility declared beside it without an exclusion keeps the module's default.
        let lang = try #require(system.components.first { $0.name == "commons-lang3" })
        #expect(lang.properties[Component.mavenReplacesExcludedProperty] == nil)
        #expect(try self.level(result, "pkg:maven/org.apache.commons/commons-lang3").0 == .backend)
    }
}
