import Foundation
import Testing
@testable import Classification
import SovScanModel

/// The build-time edges of the fourth sample's last has-flag miss (Rocket.Chat's React Native app, issue 15): chalk
/// and what it loads come in through expo-constants' native build script (@expo/env, @expo/config) and typia's
/// setup wizard (inquirer), never through code the app bundle holds.
@Suite struct ExpoBuildTimeEdgesTests {
    @Test func whatOnlyExpoConstantsBuildScriptAndTypiasWizardNeedIsTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let app = "pkg:npm/chat-app@4.0.0"
        let purls = [app, "pkg:npm/expo@54.0.30", "pkg:npm/expo-constants@18.0.12", "pkg:npm/@expo/env@2.0.8",
                     "pkg:npm/expo-notifications@0.27.6", "pkg:npm/fs-extra@9.1.0",
                     "pkg:npm/@expo/config@12.0.13", "pkg:npm/@expo/config-plugins@54.0.4",
                     "pkg:npm/@rocket.chat/ui-kit@0.39.0", "pkg:npm/typia@9.7.2", "pkg:npm/inquirer@8.2.7",
                     "pkg:npm/chalk@4.1.2", "pkg:npm/supports-color@7.2.0", "pkg:npm/has-flag@4.0.0"]
        let direct: Set = ["pkg:npm/expo@54.0.30", "pkg:npm/@rocket.chat/ui-kit@0.39.0"]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map { try component($0, direct: direct.contains($0), firstParty: $0 == app) },
            graph: DependencyGraph(edges: [
                try edge(app, "pkg:npm/expo@54.0.30"), try edge(app, "pkg:npm/@rocket.chat/ui-kit@0.39.0"),
                try edge("pkg:npm/expo@54.0.30", "pkg:npm/expo-constants@18.0.12"),
                try edge("pkg:npm/expo@54.0.30", "pkg:npm/expo-notifications@0.27.6"),
                try edge("pkg:npm/expo-notifications@0.27.6", "pkg:npm/fs-extra@9.1.0"),
                try edge("pkg:npm/expo-constants@18.0.12", "pkg:npm/@expo/env@2.0.8"),
                try edge("pkg:npm/expo-constants@18.0.12", "pkg:npm/@expo/config@12.0.13"),
                try edge("pkg:npm/@expo/config@12.0.13", "pkg:npm/@expo/config-plugins@54.0.4"),
                try edge("pkg:npm/@expo/env@2.0.8", "pkg:npm/chalk@4.1.2"),
                try edge("pkg:npm/@expo/config-plugins@54.0.4", "pkg:npm/chalk@4.1.2"),
                try edge("pkg:npm/@rocket.chat/ui-kit@0.39.0", "pkg:npm/typia@9.7.2"),
                try edge("pkg:npm/typia@9.7.2", "pkg:npm/inquirer@8.2.7"),
                try edge("pkg:npm/inquirer@8.2.7", "pkg:npm/chalk@4.1.2"),
                try edge("pkg:npm/chalk@4.1.2", "pkg:npm/supports-color@7.2.0"),
                try edge("pkg:npm/supports-color@7.2.0", "pkg:npm/has-flag@4.0.0"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        func level(_ purl: String) throws -> (StackLevel?, String) {
            let item = try #require(result.classification(of: try PackageURL(parsing: purl)))
            return (item.level, item.explanation.first { $0.fact == "level" }?.reason ?? "")
        }
        for tooling in ["pkg:npm/@expo/env@2.0.8", "pkg:npm/@expo/config@12.0.13", "pkg:npm/inquirer@8.2.7",
                        "pkg:npm/chalk@4.1.2", "pkg:npm/supports-color@7.2.0", "pkg:npm/has-flag@4.0.0"] {
            #expect(try level(tooling).0 == .developmentTooling, "\(tooling)")
        }
        // @expo/env and @expo/config are the CLI's own libraries by rule (expo-cli); what an Expo module needs only
        // for its config plugin is build time by the expo rule's `build-time:` (Recosanté's expo-notifications).
        #expect(try level("pkg:npm/@expo/env@2.0.8").1.contains("Expo CLI"))
        let (fsExtra, why) = try level("pkg:npm/fs-extra@9.1.0")
        #expect(fsExtra == .developmentTooling)
        #expect(why.contains("a build-time dependency of expo-notifications by rule expo"), "\(why)")
        // The modules the app imports still ship.
        #expect(try level("pkg:npm/expo-constants@18.0.12").0 == .frontend)
        #expect(try level("pkg:npm/expo-notifications@0.27.6").0 == .frontend)
        #expect(try level("pkg:npm/typia@9.7.2").0 != .developmentTooling)
    }
}
