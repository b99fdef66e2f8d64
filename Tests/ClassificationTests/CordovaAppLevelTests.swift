import SovScanModel
import Testing
@testable import Classification

/// A Cordova app is a mobile client: `cordova build` compiles the platforms and plugins its `package.json` names into
/// the app, also those that only `devDependencies` declares, as the Cordova CLI writes them (issue 15, fourteenth
/// sample: OS2faktor's mobile client labelled its platforms and plugins `frontend`, Apache's `apache`, the storage
/// plugin `database` and the push plugin bound to Firebase).
@Suite struct CordovaAppLevelTests: ScansFixtures {
    /// Modelled on OS2faktor's mobile client (`clients/os2faktor-mobile-client`, no lockfile): core plugins among
    /// `dependencies`, the platforms and two plugins among `devDependencies` beside the Cordova CLI and a linter.
    @Test func aCordovaAppShipsItsPlatformsAndPluginsOnTheDevice() throws {
        let (system, result) = try scan("npm-levels/cordova-app")
        let project = try #require(system.components.first { $0.isFirstParty })
        #expect(project.properties[Component.clientAppProperty] == "Cordova app (package.json: platforms android, ios; 6 plugins)")

        for name in ["cordova-android", "cordova-ios", "cordova-plugin-fingerprint-aio", "%40havesource/cordova-plugin-push"] {
            let item = try classification(result, name)
            #expect(item.ships, "\(name)")
            #expect(item.level == .frontend, "\(name): \(levelReason(item))")
        }
        let android = try classification(result, "cordova-android")
        #expect(android.vendor?.id == "apache")
        let androidComponent = try #require(system.components.first { $0.purl.name == "cordova-android" })
        #expect(androidComponent.properties[Component.bundledIntoInterfaceProperty]
                    == "named by the Cordova app, which builds it into the app: package.json cordova.platforms: android")

        let browser = try classification(result, "cordova-plugin-inappbrowser")
        #expect(browser.level == .frontend && browser.vendor?.id == "apache")
        let fingerprint = try classification(result, "cordova-plugin-fingerprint-aio")
        #expect(fingerprint.vendor?.id == "independent")
        #expect(try classification(result, "cordova-sqlite-evcore-extbuild-free").level == .database)
        #expect(try classification(result, "%40havesource/cordova-plugin-push").binding?.platform == "Firebase")
        // A dependency no rule places takes the client side of the app.
        let promise = try classification(result, "es6-promise-plugin")
        #expect(promise.level == .frontend, "\(levelReason(promise))")
        #expect(levelReason(promise).contains("frontend app (Cordova app (package.json"), "\(levelReason(promise))")

        // The CLI and the linter stay development tools, not named among the plugins or platforms; the build hook,
        // named among the plugins, ships with the app but takes its rule's level: it only prepares the native projects.
        for name in ["cordova", "eslint"] {
            let item = try classification(result, name)
            #expect(!item.ships, "\(name)")
            #expect(item.level == .developmentTooling, "\(name)")
        }
        #expect(try classification(result, "cordova-plugin-androidx-adapter").level == .developmentTooling)
    }

    /// Capacitor and Ionic, the other hybrid-app stack, are Ionic's (OutSystems, US), their CLIs tooling, community
    /// plugins independent; Apache projects' npm clients take Apache and the level of their Java libraries.
    @Test func hybridFrameworksAndApacheClientsHaveStewards() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        func rule(_ purl: String) throws -> (vendor: String?, level: StackLevel?) {
            let technology = classifier.match(try PackageURL(parsing: purl)).technology
            return (technology?.vendor, technology?.level)
        }
        for purl in ["pkg:npm/%40capacitor/core@6.1.0", "pkg:npm/%40capacitor/android@6.1.0",
                     "pkg:npm/%40ionic/angular@8.2.0", "pkg:npm/ionicons@7.4.0"] {
            #expect(try rule(purl) == ("ionic", .frontend), "\(purl)")
        }
        #expect(try rule("pkg:npm/%40capacitor/cli@6.1.0") == ("ionic", .developmentTooling))
        #expect(try rule("pkg:npm/%40capacitor-community/sqlite@6.0.0") == ("independent", .frontend))
        #expect(try rule("pkg:npm/phonegap-plugin-barcodescanner@8.1.0") == ("independent", .frontend))
        #expect(try rule("pkg:npm/thrift@0.20.0") == ("apache", .middleware))
        #expect(try rule("pkg:maven/org.apache.thrift/libthrift@0.20.0").level == .middleware)
        #expect(try rule("pkg:npm/apache-arrow@15.0.0") == ("apache", .dataTechnology))
        #expect(try rule("pkg:npm/nano@10.1.3") == ("apache", .database))
    }

    /// The classification of the npm package `name` (purl-encoded scope), with or without a version.
    private func classification(_ result: ClassifiedSystem, _ name: String) throws -> Classification {
        let purl = "pkg:npm/" + name.lowercased()
        return try #require(result.classifications.first {
            let text = $0.purl.description.lowercased()
            return text == purl || text.hasPrefix(purl + "@")
        }, "\(name)")
    }

    private func levelReason(_ item: Classification) -> String {
        item.explanation.first { $0.fact == "level" }?.reason ?? ""
    }
}
