import SovScanModel
import Testing
@testable import Classification

/// Issue 15, Swift levels: the products an app links decide a multi-product SDK's level (Firebase in the GOV.UK
/// app), a developer-tools executable's dependencies do not ship (Element X's root `Tools` package), and a pin
/// that no manifest connects takes the level every declared package its lockfile pins shares (R.swift's tree
/// beside Nimble in CoronaCheck's module packages). Fixture repositories modelled on those, scanned with the
/// bundled rules.
@Suite struct SwiftProductAndPinLevelTests: ScansFixtures {
    @Test func anAppLinkingFirebaseAnalyticsCrashlyticsAndAppCheckUsesFirebaseForOperations() throws {
        let (system, result) = try scan("swift-levels/firebase-analytics-app")
        let firebase = try #require(system.components.first { $0.name == "firebase-ios-sdk" })
        #expect(firebase.properties[Component.linkedProductsProperty]
            == "FirebaseAnalyticsWithoutAdIdSupport, FirebaseAppCheck, FirebaseCrashlytics")
        let (firebaseLevel, why) = try level(result, "pkg:swift/github.com/firebase/firebase-ios-sdk")
        #expect(firebaseLevel == .opsSupport)
        #expect(why.contains("the products of technology Firebase iOS SDK that the project links "
            + "(FirebaseAnalyticsWithoutAdIdSupport, FirebaseAppCheck, FirebaseCrashlytics) serve ops-support"), "\(why)")
        // The companions no manifest connects: the app also declares Lottie, so the declared packages disagree.
        let (nanopb, nanopbWhy) = try level(result, "pkg:swift/github.com/firebase/nanopb")
        #expect(nanopb == .frontend)
        #expect(nanopbWhy.contains("no manifest connects this pin"), "\(nanopbWhy)")
        #expect(nanopbWhy.contains("the declared packages its lockfile pins disagree (development-tooling, frontend, "
            + "ops-support)"), "\(nanopbWhy)")
        // Only the unit-test bundle links Dynamic: used by tests only, as a package only test targets use.
        let dynamic = try #require(system.components.first { $0.name == "Dynamic" })
        #expect(dynamic.scope == .test)
        #expect(try level(result, "pkg:swift/github.com/mhdhejazi/Dynamic").0 == .developmentTooling)
        #expect(firebase.scope == .runtime)
    }

    @Test func firestoreAndTheRealtimeDatabaseOutweighAnalyticsAndTheCoreIsLeftOut() throws {
        let (_, result) = try scan("swift-levels/firestore-app")
        let (firebaseLevel, why) = try level(result, "pkg:swift/github.com/firebase/firebase-ios-sdk")
        #expect(firebaseLevel == .database)
        #expect(why.contains("(FirebaseAnalytics, FirebaseDatabase, FirebaseFirestore) serve database"), "\(why)")
        // Firebase is the only package the app declares: whatever it brings in inherits its level.
        let (promises, promisesWhy) = try level(result, "pkg:swift/github.com/google/promises")
        #expect(promises == .database)
        #expect(promisesWhy.contains("every declared package its lockfile pins is database (firebase-ios-sdk)"),
                "\(promisesWhy)")
    }

    @Test func aLinkedProductWithoutALevelLeavesTheSDKToTheApp() throws {
        // Auth and Cloud Messaging (push notifications the app receives) have no level of their own.
        let (_, result) = try scan("swift-levels/auth-app")
        let (firebaseLevel, why) = try level(result, "pkg:swift/github.com/firebase/firebase-ios-sdk")
        #expect(firebaseLevel == .frontend)
        #expect(why.contains("has no level of its own"), "\(why)")
    }

    @Test func whatOnlyADeveloperToolsExecutableUsesDoesNotShip() throws {
        let (system, result) = try scan("swift-levels/app-with-tools-package")
        let parser = try #require(system.components.first { $0.name == "swift-argument-parser" })
        #expect(parser.isDirect)
        #expect(parser.scope == .dev)
        #expect(parser.properties[Component.targetEvidenceProperty]?.contains("tool targets Tools") == true)
        #expect(try level(result, "pkg:swift/github.com/apple/swift-argument-parser").0 == .developmentTooling)
        // Pinned by the tools package only, without a manifest that connects it: its declared packages are all tools.
        let (semver, why) = try level(result, "pkg:swift/github.com/SwiftPackageIndex/SemanticVersion")
        #expect(semver == .developmentTooling)
        #expect(why.contains("every declared package its lockfile pins is development-tooling"), "\(why)")
        // The app's own dependency ships.
        #expect(try level(result, "pkg:swift/github.com/airbnb/lottie-ios").0 == .frontend)
    }

    @Test func pinsBesideOnlyTestDependenciesAreDevelopmentTooling() throws {
        let (_, result) = try scan("swift-levels/module-packages")
        for purl in ["pkg:swift/github.com/apple/swift-argument-parser", "pkg:swift/github.com/tomlokhorst/XcodeEdit"] {
            let (pinLevel, why) = try level(result, purl)
            #expect(pinLevel == .developmentTooling, "\(purl)")
            #expect(why.contains("every declared package its lockfile pins is development-tooling (Nimble)"),
                    "\(purl): \(why)")
        }
    }

    @Test func aPackageThatAnXcodeGenAppLinksIsAClientApp() throws {
        // CoronaCheck generates its Xcode project from project.yml: no project.pbxproj tells that the app links Shared.
        let (system, result) = try scan("swift-levels/module-packages")
        let shared = try #require(system.components.first { $0.purl.description == "pkg:swift/local/Shared" })
        #expect(shared.properties[Component.clientAppProperty] == "XcodeGen application target Standard_iOS (project.yml)")
        // Declared, not pinned: its purl has no version.
        let soup = try #require(result.classifications.first { $0.purl.description == "pkg:swift/github.com/scinfu/SwiftSoup" })
        let why = soup.explanation.first { $0.fact == "level" }?.reason ?? ""
        #expect(soup.level == .frontend)
        #expect(why.contains("frontend app (XcodeGen application target Standard_iOS (project.yml)"), "\(why)")
    }
}
