import SovScanModel
import Testing
@testable import Classification

/// Issue 15, Swift levels: the products an app links decide a multi-product SDK's level (Firebase in the GOV.UK
/// app), a developer-tools executable's dependencies do not ship (Element X's root `Tools` package), and a pin
/// that no manifest connects takes the level every declared package its lockfile pins shares (R.swift's tree
/// beside Nimble in CoronaCheck's module packages) or, where a rule states the dependencies of a package beside it,
/// that package's level or build-time status (Firebase's companions, swift-openapi-generator's plugin, Cuckoo). Fixture repositories modelled on those, scanned with the
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
        // The companions no manifest connects, although the app also declares Lottie (the declared packages
        // disagree): Firebase's rule states them as its manifest's dependencies, so they serve what Firebase serves.
        for companion in ["firebase/nanopb", "google/GoogleDataTransport", "google/promises"] {
            let (companionLevel, companionWhy) = try level(result, "pkg:swift/github.com/\(companion)")
            #expect(companionLevel == .opsSupport, "\(companion)")
            #expect(companionWhy.contains("inherited from direct dependency firebase-ios-sdk at distance 1; no manifest "
                + "connects this pin, but it is a known dependency of firebase-ios-sdk by rule firebase-ios: "
                + "https://github.com/firebase/firebase-ios-sdk/blob/main/Package.swift"), "\(companionWhy)")
        }
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
        // Firebase's companions inherit its level.
        let (promises, promisesWhy) = try level(result, "pkg:swift/github.com/google/promises")
        #expect(promises == .database)
        #expect(promisesWhy.contains("a known dependency of firebase-ios-sdk by rule firebase-ios"), "\(promisesWhy)")
        // LevelDB, which only Firestore and the Realtime Database need, serves them here.
        let (levelDB, levelDBWhy) = try level(result, "pkg:swift/github.com/firebase/leveldb")
        #expect(levelDB == .database)
        #expect(levelDBWhy.contains("a known dependency of firebase-ios-sdk's FirebaseDatabase, FirebaseFirestore by "
            + "rule firebase-ios"), "\(levelDBWhy)")
    }

    @Test func theTreeOfADevelopmentToolPackageFollowsItWhereNoManifestConnectsIt() throws {
        // Modelled on objc.io's Swift Talk server: its server library declares SourceKitten, which only the
        // `highlight-html` tool imports (SourceKitten's rule: development tooling); Package.resolved v1 records no
        // edges, so Commandant, SWXMLHash and Yams would default to the server's level. SourceKitten's rule states
        // them as its manifest's dependencies, so they are tooling with it.
        let (_, result) = try scan("swift-levels/server-with-highlight-tool")
        #expect(try level(result, "pkg:swift/github.com/jpsim/SourceKitten").0 == .developmentTooling)
        for pin in ["Carthage/Commandant", "drmohundro/SWXMLHash", "jpsim/Yams"] {
            let (pinLevel, why) = try level(result, "pkg:swift/github.com/\(pin)")
            #expect(pinLevel == .developmentTooling, "\(pin): \(why)")
            #expect(why.contains("a known dependency of SourceKitten by rule sourcekitten"), "\(pin): \(why)")
        }
        // The server's own packages keep their levels.
        #expect(try level(result, "pkg:swift/github.com/apple/swift-nio").0 == .backend)
        #expect(try level(result, "pkg:swift/github.com/objcio/LibPQ").0 == .database)
    }

    @Test func aCompanionOnlyUnlinkedProductsNeedGoesToThePackageThatNeedsIt() throws {
        // Modelled on Pocket Casts: Firebase for Analytics, Performance and Remote Config (operations), beside
        // Automattic's Tracks, Google Sign-In and Kingfisher. Firebase needs the session fetcher only for Auth, Functions and Storage, which the
        // app does not link; Google Sign-In needs it, so it is the sign-in's (frontend). LevelDB and gRPC, which only
        // Firestore and the Realtime Database need, no other package needs: they still come with Firebase.
        let (_, result) = try scan("swift-levels/firebase-operations-sign-in-app")
        #expect(try level(result, "pkg:swift/github.com/firebase/firebase-ios-sdk").0 == .opsSupport)
        let (nanopb, nanopbWhy) = try level(result, "pkg:swift/github.com/firebase/nanopb")
        #expect(nanopb == .opsSupport)
        #expect(nanopbWhy.contains("a known dependency of firebase-ios-sdk by rule firebase-ios"), "\(nanopbWhy)")
        let (fetcher, fetcherWhy) = try level(result, "pkg:swift/github.com/google/gtm-session-fetcher")
        #expect(fetcher == .frontend)
        #expect(fetcherWhy.contains("inherited from direct dependency GoogleSignIn-iOS at distance 1; no manifest "
            + "connects this pin, but it is a known dependency of GoogleSignIn-iOS by rule google-sign-in-ios"),
                "\(fetcherWhy)")
        for pin in ["firebase/leveldb", "google/grpc-binary"] {
            let (pinLevel, why) = try level(result, "pkg:swift/github.com/\(pin)")
            #expect(pinLevel == .opsSupport, "\(pin): \(why)")
            #expect(why.contains("resolved with firebase-ios-sdk, whose linked products do not need it (only "),
                    "\(pin): \(why)")
        }
        // Automattic's Tracks (analytics and crash logging) brings UIDeviceIdentifier for its device names.
        #expect(try level(result, "pkg:swift/github.com/Automattic/Automattic-Tracks-iOS").0 == .opsSupport)
        let (deviceNames, deviceNamesWhy) = try level(result, "pkg:swift/github.com/squarefrog/UIDeviceIdentifier")
        #expect(deviceNames == .opsSupport)
        #expect(deviceNamesWhy.contains("a known dependency of Automattic-Tracks-iOS by rule automattic-tracks-ios"),
                "\(deviceNamesWhy)")
    }

    /// Modelled on openHAB's iOS app: Firebase 10 linked for Messaging and Crashlytics only. Its manifest still pins
    /// AppCheckCore (app-check) and GoogleAppMeasurement, which only the App Check and Analytics products need: they
    /// come with Firebase at its level, but are not built into the app, so they bind nothing; the companions the
    /// linked products need keep Firebase's binding.
    @Test func pinsNoLinkedProductNeedsBindNothing() throws {
        let (_, result) = try scan("swift-levels/firebase-messaging-app")
        let firebaseLevel = try level(result, "pkg:swift/github.com/firebase/firebase-ios-sdk").0
        for pin in ["google/app-check", "google/GoogleAppMeasurement"] {
            let item = try #require(result.classifications.first { $0.purl.description.hasPrefix("pkg:swift/github.com/\(pin)@") })
            #expect(item.binding == nil, "\(pin)")
            #expect(item.level == firebaseLevel, "\(pin)")
            #expect(item.explanation.contains {
                $0.fact == "binding" && $0.value == "none" && $0.reason.hasPrefix("Firebase's SDK, but not built into the app: "
                    + "it is resolved with firebase-ios-sdk, whose linked products do not need it (only ")
            }, "\(pin)")
        }
        let transport = try #require(result.classifications.first { $0.purl.name == "GoogleDataTransport" })
        #expect(transport.binding?.platform == "Firebase" && transport.binding?.binds == true)
    }

    @Test func aPackageThatOnlyRunsDangerInCIDoesNotShip() throws {
        // Modelled on the Swiss e-ID wallet: a root Package.swift whose only dependency is Danger Swift, for the
        // pull-request checks in CI; the pins beside it (Version, Logger) are Danger's.
        let (_, result) = try scan("swift-levels/danger-package")
        let (danger, why) = try level(result, "pkg:swift/github.com/danger/swift")
        #expect(danger == .developmentTooling)
        #expect(why == "level of technology Danger Swift", "\(why)")
        let (version, versionWhy) = try level(result, "pkg:swift/github.com/mxcl/Version")
        #expect(version == .developmentTooling)
        #expect(versionWhy.contains("every declared package its lockfile pins is development-tooling"), "\(versionWhy)")
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

    @Test func aPinOfAPackageTheSystemUsesAtAnotherVersionServesTheSame() throws {
        // Modelled on GOV.UK One Login's app: its workspace pins Firebase 12 for a logging package whose manifest is
        // not read offline, while its own Integrity package links Firebase 11's App Check.
        let (system, result) = try scan("swift-levels/firebase-two-versions")
        let pinned = try #require(system.components.first { $0.name == "firebase-ios-sdk" && $0.version == "12.9.0" })
        #expect(UnconnectedPins.isUnconnected(pinned))
        func exactly(_ purl: String) throws -> (StackLevel?, String) {
            let found = try #require(result.classification(of: try PackageURL(parsing: purl)))
            return (found.level, found.explanation.first { $0.fact == "level" }?.reason ?? "")
        }
        #expect(try exactly("pkg:swift/github.com/firebase/firebase-ios-sdk@11.10.0").0 == .opsSupport)
        let (pinLevel, why) = try exactly("pkg:swift/github.com/firebase/firebase-ios-sdk@12.9.0")
        #expect(pinLevel == .opsSupport)
        #expect(why == "no manifest connects this pin; the system uses firebase-ios-sdk at 11.10.0 as ops-support, "
            + "so this version serves the same", "\(why)")
        // Firebase's companions that its rule states follow the pin, not the app's default.
        for companion in ["google/GoogleAppMeasurement@12.8.0", "google/GoogleUtilities@8.1.0"] {
            let (companionLevel, companionWhy) = try exactly("pkg:swift/github.com/\(companion)")
            #expect(companionLevel == .opsSupport, "\(companion)")
            #expect(companionWhy.contains("inherits ops-support from firebase-ios-sdk at 12.9.0"), "\(companionWhy)")
        }
        // A pin of a package the system uses nowhere else keeps what the packages beside it say.
        #expect(try level(result, "pkg:swift/github.com/pointfreeco/swift-custom-dump").0 == .frontend)
    }

    @Test func aPinStatedBelowAPinWithALevelOfItsOwnTakesThatLevel() throws {
        // Modelled on Helsingborg's Laiban apps: the assistant links Laiban and the Cognitive Services client (data
        // technology by rule); Laiban brings Core ML Stable Diffusion (data technology by rule), whose manifest pins
        // swift-argument-parser for its command-line sample. No manifest is read offline, and the declared packages
        // disagree, so the argument parser takes the level of the package it comes with.
        let (_, result) = try scan("swift-levels/stable-diffusion-app")
        #expect(try level(result, "pkg:swift/github.com/apple/ml-stable-diffusion").0 == .dataTechnology)
        let (parser, why) = try level(result, "pkg:swift/github.com/apple/swift-argument-parser")
        #expect(parser == .dataTechnology, "\(why)")
        #expect(why.contains("inherits data-technology from ml-stable-diffusion at 1.1.0"), "\(why)")
        #expect(try level(result, "pkg:swift/github.com/helsingborg-stad/spm-laiban").0 == .frontend)
    }

    @Test func aPlatformHostsServerSideCodeIsThePlatform() throws {
        // Modelled on Tart and Apple's container: a macOS command-line tool whose code imports Virtualization runs
        // virtual machines; SwiftNIO (backend by rule) and the pins no manifest connects are the platform's code.
        let (_, result) = try scan("swift-levels/vm-host")
        for pin in ["apple/swift-nio", "apple/swift-collections", "apple/swift-argument-parser"] {
            let (pinLevel, why) = try level(result, "pkg:swift/github.com/\(pin)")
            #expect(pinLevel == .platform, "\(pin): \(why)")
            #expect(why.contains("the system is a platform that runs virtual machines or containers (vmhost imports "
                                 + "Virtualization (Sources/vmhost/VM.swift))"), "\(why)")
        }
        // The same server without the import stays a server (set 9's swift-talk server).
        let (_, server) = try scan("swift-levels/server-with-highlight-tool")
        #expect(try level(server, "pkg:swift/github.com/apple/swift-nio").0 == .backend)
    }

    @Test func whatATestFrameworkResolvedForItsLintToolIsDevelopmentTooling() throws {
        // Modelled on Zotero for iOS: only the test bundle links Quick, whose manifest (from 7.6.0) resolves Swift
        // Argument Parser and Swift Algorithms for its QuickLint executable; Swift Algorithms brings Swift Numerics.
        let (_, result) = try scan("swift-levels/quick-test-app")
        for pin in ["apple/swift-argument-parser", "apple/swift-algorithms", "apple/swift-numerics"] {
            let (pinLevel, why) = try level(result, "pkg:swift/github.com/\(pin)")
            #expect(pinLevel == .developmentTooling, "\(pin): \(why)")
        }
        let (_, numericsWhy) = try level(result, "pkg:swift/github.com/apple/swift-numerics")
        #expect(numericsWhy.contains("swift-algorithms"), "\(numericsWhy)")
        #expect(try level(result, "pkg:swift/github.com/alamofire/alamofire").0 == .frontend)
    }

    @Test func whatAUITestMockServerAndItsSwiftNIONeedIsDevelopmentTooling() throws {
        // Modelled on Pocket's iOS app (thirty-fourth sample): only the UI-test bundle links Sails, Pocket's mock HTTP
        // server on SwiftNIO; offline no manifest connects SwiftNIO, SwiftyBeaver or what SwiftNIO 2.75 resolves.
        let (_, result) = try scan("swift-levels/ui-test-mock-server")
        for pin in ["apple/swift-nio", "SwiftyBeaver/SwiftyBeaver", "swift-server/async-http-client",
                    "apple/swift-atomics", "apple/swift-collections", "apple/swift-system"] {
            let (pinLevel, why) = try level(result, "pkg:swift/github.com/\(pin)")
            #expect(pinLevel == .developmentTooling, "\(pin): \(why)")
        }
        let (_, systemWhy) = try level(result, "pkg:swift/github.com/apple/swift-system")
        #expect(systemWhy.contains("a known dependency of swift-nio by rule swift-nio"), "\(systemWhy)")
        #expect(try level(result, "pkg:swift/github.com/onevcat/Kingfisher").0 == .frontend)
    }

    @Test func whatOnlyASnapshotTestProductNeedsIsDevelopmentTooling() throws {
        // Modelled on GOV.UK One Login's app: only its snapshot-test bundle links SnapshotTestingCustomDump, and
        // offline no manifest connects swift-custom-dump or xctest-dynamic-overlay, which the app's default would
        // otherwise file under frontend beside Lottie.
        let (_, result) = try scan("swift-levels/snapshot-custom-dump")
        for pin in ["pointfreeco/swift-custom-dump", "pointfreeco/xctest-dynamic-overlay"] {
            let (pinLevel, why) = try level(result, "pkg:swift/github.com/\(pin)")
            #expect(pinLevel == .developmentTooling, "\(pin)")
            #expect(why.contains("only reached through build tooling swift-snapshot-testing"), "\(why)")
        }
        #expect(try level(result, "pkg:swift/github.com/airbnb/lottie-ios").0 == .frontend)
    }

    @Test func pinsThatABuildPluginOrAMockGeneratorIsKnownToNeedAreDevelopmentTooling() throws {
        // Modelled on Vapor's Penny (swift-openapi-generator's build plugin) and the EUDI wallet (Cuckoo in tests):
        // offline no manifest connects Yams, OpenAPIKit or Cuckoo's tree, and the declared packages disagree.
        let (system, result) = try scan("swift-levels/plugin-and-mock-tools")
        let yams = try #require(system.components.first { $0.name == "Yams" })
        #expect(UnconnectedPins.isUnconnected(yams))
        for pin in ["jpsim/Yams", "mattpolzin/OpenAPIKit"] {
            let (pinLevel, why) = try level(result, "pkg:swift/github.com/\(pin)")
            #expect(pinLevel == .developmentTooling, "\(pin)")
            #expect(why.contains("only reached through build tooling \(pin.split(separator: "/")[1]) (a build-time "
                + "dependency of swift-openapi-generator by rule swift-openapi-generator: "
                + "https://github.com/apple/swift-openapi-generator/blob/main/Package.swift)"), "\(pin): \(why)")
        }
        // Cuckoo's generator needs XcodeProj, which needs AEXML and PathKit: a chain of stated dependencies.
        for pin in ["nvzqz/FileKit", "tuist/XcodeProj", "tadija/AEXML", "kylef/PathKit", "onevcat/Rainbow"] {
            let (pinLevel, why) = try level(result, "pkg:swift/github.com/\(pin)")
            #expect(pinLevel == .developmentTooling, "\(pin): \(why)")
        }
        let (_, aexmlWhy) = try level(result, "pkg:swift/github.com/tadija/AEXML")
        #expect(aexmlWhy.contains("only reached through build tooling XcodeProj; no manifest connects this pin, but it is "
            + "a known dependency of XcodeProj by rule tuist-xcodeproj: "
            + "https://github.com/tuist/XcodeProj/blob/main/Package.swift"), "\(aexmlWhy)")
        // What the server links still ships.
        #expect(try level(result, "pkg:swift/github.com/vapor/vapor").0 == .backend)
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
