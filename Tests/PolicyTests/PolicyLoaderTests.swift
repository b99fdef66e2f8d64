import Classification
import Foundation
import Policy
import SovScanModel
import Testing

/// The policy file: every key, extends, and every way a file can be wrong (exit 2 with file and line).
struct PolicyLoaderTests {
    @Test func readsEveryKey() throws {
        let policy = try TestSupport.loader.load(path: TestSupport.fixture("policies/full.yml"))
        #expect(policy.sources.count == 2)
        // A bundled profile is named by its place in the rules folder, wherever that is installed.
        #expect(policy.sources[1] == "Rules/profiles/stil.yml")
        // Own allow entries are added to stil's categories; deny lists are united.
        let allow = policy.licenses.allow.map(\.description)
        #expect(allow.contains("MPL-2.0") && allow.contains("BSD-*") && allow.contains("strong-copyleft"))
        #expect(policy.licenses.deny.map(\.description).contains("AGPL-3.0-only"))
        #expect(policy.licenses.deny.map(\.description).contains("proprietary"))
        #expect(policy.licenses.unknown == .deny)
        let shares = Dictionary(uniqueKeysWithValues: policy.shares.map { ($0.target, $0) })
        #expect(shares["application"]?.minimum == 75)
        #expect(shares["application"]?.band == nil, "the child's share entry replaces stil's band")
        #expect(shares["infrastructure"]?.band == .overvejende)
        #expect(shares["backend"]?.minimum == 60.5)
        #expect(shares["application"]?.location?.line == 9)
        #expect(policy.seal.componentMinimum == 2 && policy.seal.systemMinimum == 3)
        #expect(policy.seal.systemLocation?.line == 12, "the finding about seal.system points at its line")
        #expect(policy.deniedVendors.map(\.text) == ["oracle", "huawei*"])
        #expect(policy.deniedBlocs == ["CN"])
        #expect(policy.deniedPackages.map(\.text) == ["pkg:npm/left-pad", "pkg:maven/log4j/log4j@1.*"])
        #expect(policy.bindings == BindingPolicy(requireExitPlan: true, allowedBlocs: ["EU", "CH"], kinds: ["cloud"]))
        #expect(policy.relicensed == .warn)
        #expect(policy.ignoredScopes == [.dev, .test])
        #expect(policy.exceptionMaxMonths == 24)
        #expect(policy.exceptions.count == 2)
        let oracle = policy.exceptions[0]
        #expect(oracle.reason == "Oracle database until the 2027 migration")
        #expect(oracle.exitPlan == "docs/exit/oracle.md")
        #expect(oracle.expires == PolicyDate("2027-06-30"))
        #expect(oracle.location.line == 26)
        #expect(oracle.location.file.hasSuffix("policies/full.yml"))
        #expect(policy.exceptions[1].rules == [.blocDenied])
        #expect(policy.exceptions[1].versions?.text == ">=3.0.0 <4")
    }

    @Test func emptyFileIsAnEmptyPolicy() throws {
        let policy = try TestSupport.load("# nothing yet\n")
        #expect(policy.licenses.allow.isEmpty && policy.exceptions.isEmpty)
        #expect(policy.licenses.unknown == .warn)
    }

    @Test func unknownKeyNamesFileLineAndKey() throws {
        do {
            _ = try TestSupport.loader.load(path: TestSupport.fixture("policies/unknown-key.yml"))
            Issue.record("an unknown key must be refused")
        } catch let error as PolicyError {
            #expect(error.line == 3)
            #expect(error.key == "licenses.unknwn")
            #expect(error.description.contains("unknown-key.yml:3:3: key 'licenses.unknwn': unknown key"))
        }
        let topLevel = try #require(try TestSupport.loadError("licences:\n  allow: [MIT]\n"))
        #expect(topLevel.line == 1 && topLevel.key == "licences")
    }

    @Test func wrongTypesAreRefused() throws {
        do {
            _ = try TestSupport.loader.load(path: TestSupport.fixture("policies/wrong-type.yml"))
            Issue.record("a word where a number belongs must be refused")
        } catch let error as PolicyError {
            #expect(error.line == 2 && error.key == "seal.minimum")
        }
        let cases: [(text: String, key: String, line: Int)] = [
            ("licenses: [MIT]\n", "licenses", 1),
            ("licenses:\n  unknown: maybe\n", "licenses.unknown", 2),
            ("seal:\n  minimum: 7\n", "seal.minimum", 2),
            ("share:\n  application: { minimum: 120 }\n", "share.application.minimum", 2),
            ("share:\n  application: { band: mostly }\n", "share.application.band", 2),
            ("share:\n  kitchen: { minimum: 5 }\n", "share.kitchen", 2),
            ("share:\n  application: {}\n", "share.application", 2),
            ("bindings:\n  require-exit-plan: yes-please\n", "bindings.require-exit-plan", 2),
            ("bindings:\n  kinds: [teleport]\n", "bindings.kinds", 2),
            ("blocs:\n  deny: [Atlantis]\n", "blocs.deny", 2),
            ("ignore-scopes: [dev, tset]\n", "ignore-scopes", 1),
            ("ignore-levels: [development-tools]\n", "ignore-levels", 1),
            ("relicensed: sometimes\n", "relicensed", 1),
            ("exception-max-months: -1\n", "exception-max-months", 1),
            ("exceptions:\n  - purl: \"pkg:npm/x\"\n", "exceptions[0].reason", 2),
            ("exceptions:\n  - reason: why\n", "exceptions[0].purl", 2),
            ("exceptions:\n  - purl: \"pkg:npm/x\"\n    reason: r\n    expires: 2027-02-30\n", "exceptions[0].expires", 4),
            ("exceptions:\n  - purl: \"pkg:npm/x\"\n    reason: r\n    rules: [no-such-rule]\n", "exceptions[0].rules", 4),
            ("exceptions:\n  - purl: \"npm/x\"\n    reason: r\n", "exceptions[0].purl", 2),
            ("exceptions:\n  - purl: \"pkg:npm/x\"\n    reason: r\n    versions: \">=banana\"\n", "exceptions[0].versions", 4),
            ("exceptions:\n  - purl: \"pkg:npm/x\"\n    reason: r\n    colour: blue\n", "exceptions[0].colour", 4),
            ("seal:\n  minimum: 1\n  minimum: 2\n", "seal.minimum", 3),
        ]
        for item in cases {
            let error = try #require(try TestSupport.loadError(item.text), "\(item.text) must be refused")
            #expect(error.key == item.key, "\(item.text)")
            #expect(error.line == item.line, "\(item.text)")
        }
    }

    /// A policy may name every binding kind and bloc the classification writes (a new kind, such as `secrets`, is a
    /// policy word at once).
    @Test func everyKindAndBlocOfTheClassificationIsAPolicyWord() throws {
        let kinds = BindingKind.allCases.map(\.rawValue)
        let blocs = Bloc.allCases.map(\.rawValue)
        let text = "bindings:\n  allow-blocs: [\(blocs.joined(separator: ", "))]\n  kinds: [\(kinds.joined(separator: ", "))]\n"
        let policy = try TestSupport.load(text)
        #expect(policy.bindings.kinds == kinds)
        #expect(policy.bindings.allowedBlocs == blocs)
    }

    @Test func badGlobsAreRefused() throws {
        do {
            _ = try TestSupport.loader.load(path: TestSupport.fixture("policies/bad-glob.yml"))
            Issue.record("an unclosed class must be refused")
        } catch let error as PolicyError {
            #expect(error.line == 2 && error.key == "licenses.deny")
            #expect(error.message.contains("bad licence pattern"))
        }
        let vendor = try #require(try TestSupport.loadError("vendors:\n  deny: [\"ora[cle\"]\n"))
        #expect(vendor.key == "vendors.deny" && vendor.line == 2)
        let package = try #require(try TestSupport.loadError("packages:\n  deny: [\"pkg:npm/[x\"]\n"))
        #expect(package.key == "packages.deny" && package.line == 2)
    }

    @Test func yamlErrorsGiveTheLine() throws {
        do {
            _ = try TestSupport.loader.load(path: TestSupport.fixture("policies/bad-yaml.yml"))
            Issue.record("broken YAML must be refused")
        } catch let error as PolicyError {
            #expect(error.line != nil)
            #expect(error.message.hasPrefix("invalid YAML"))
            #expect(error.description.contains("bad-yaml.yml:"))
        }
        let tab = try #require(try TestSupport.loadError("licenses:\n\tallow: [MIT]\n"))
        #expect(tab.line == 2)
    }

    @Test func extendsResolvesProfilesFilesAndCycles() throws {
        let folder = try TestSupport.temporaryFolder()
        try Data("licenses:\n  deny: [GPL-3.0-only]\n".utf8).write(to: folder.appendingPathComponent("team.yml"))
        let file = folder.appendingPathComponent(".sovscan.yml")
        try Data("extends: [team.yml, kombit]\nlicenses:\n  allow: [MIT]\n".utf8).write(to: file)
        let policy = try TestSupport.loader.load(path: file.path)
        #expect(policy.licenses.deny.map(\.description) == ["GPL-3.0-only"])
        #expect(policy.licenses.allow.map(\.description) == ["MIT"])
        #expect(policy.bindings.allowedBlocs == ["EU"])
        #expect(policy.sources.count == 3)

        let unknown = try #require(try TestSupport.loadError("extends: [nordic]\n"))
        #expect(unknown.line == 1 && unknown.key == "extends")
        #expect(unknown.message.contains("no bundled profile 'nordic'"))
        #expect(unknown.message.contains("bankdata, eu-seal2, kombit, stil"))

        do {
            _ = try TestSupport.loader.load(path: TestSupport.fixture("policies/parent-cycle.yml"))
            Issue.record("a cycle must be refused")
        } catch let error as PolicyError {
            #expect(error.message.contains("cycle"))
        }
        let missing = try #require(try TestSupport.loadError("extends: [no-such-file.yml]\n"))
        #expect(missing.message.contains("cannot read"))
    }

    @Test func everyBundledProfileLoadsAndIsDocumented() throws {
        let names = TestSupport.loader.profileNames
        #expect(names == ["bankdata", "eu-seal2", "kombit", "stil"])
        for name in names {
            let policy = try TestSupport.loader.loadProfile(name)
            #expect(policy.ignoredScopes == [.dev, .test], "\(name)")
            #expect(policy.ignoredLevels == [.developmentTooling], "\(name) judges only what ships")
            let text = try String(contentsOf: TestSupport.profiles.appendingPathComponent(name + ".yml"), encoding: .utf8)
            #expect(text.hasPrefix("# "), "\(name) opens with a comment that documents it")
        }
        let docs = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/policy.md"), encoding: .utf8)
        for name in names { #expect(docs.contains("`\(name)`"), "docs/policy.md documents \(name)") }
        #expect(try TestSupport.loader.loadProfile("bankdata").exceptionMaxMonths == 9)
        let seal = try TestSupport.loader.loadProfile("eu-seal2").seal
        #expect(seal.componentMinimum == 2 && seal.systemMinimum == 2)
        #expect(try TestSupport.loader.loadProfile("stil").shares.first?.band == .primaert)
    }

    @Test func anExceptionWhoseVersionsHoldNoVersionIsAnError() throws {
        let error = try #require(try TestSupport.loadError("""
            exceptions:
              - purl: pkg:npm/left-pad
                versions: ">=2.0 <1.0"
                reason: legacy
            """))
        #expect(error.line == 3 && error.key == "exceptions[0].versions")
        #expect(error.message.contains("holds no version"))
    }

    @Test func inheritedSharesPointAtTheExtendsLine() throws {
        let policy = try TestSupport.load("# the project's policy\nextends: [stil]\nshare:\n  backend: { minimum: 50 }\n")
        let byTarget = Dictionary(uniqueKeysWithValues: policy.shares.map { ($0.target, $0) })
        #expect(byTarget["application"]?.location?.line == 2)
        #expect(byTarget["application"]?.location?.file.hasSuffix(".sovscan.yml") == true)
        #expect(byTarget["backend"]?.location?.line == 4)
    }

    @Test func missingFileIsAnError() {
        #expect(throws: PolicyError.self) { try TestSupport.loader.load(path: "/no/such/.sovscan.yml") }
    }
}
