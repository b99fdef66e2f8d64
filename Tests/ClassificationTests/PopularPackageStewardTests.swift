import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, vendor tail: popular npm packages that the utility families filed under `independent` although their
/// repositories belong to a person with a vendor id of their own or to a company (the 5,000 most downloaded
/// packages; each rule's note names the repositories).
@Suite struct PopularPackageStewardTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func packagesGoToTheOwnersOfTheirRepositories() throws {
        let expected: [(String, String)] = [
            ("pkg:npm/object-assign@4.1.1", "sindresorhus"),
            ("pkg:npm/query-string@7.1.3", "sindresorhus"),
            ("pkg:npm/core-util-is@1.0.2", "isaacs"),
            ("pkg:npm/json-stringify-safe@5.0.1", "isaacs"),
            ("pkg:npm/supports-preserve-symlinks-flag@1.0.0", "ljharb"),
            ("pkg:npm/concat-map@0.0.1", "ljharb"),
            ("pkg:npm/enquirer@2.4.1", "jonschlinkert"),
            ("pkg:npm/mute-stream@2.0.0", "github"),
            ("pkg:npm/arg@5.0.2", "vercel"),
            ("pkg:npm/import-in-the-middle@1.14.2", "openjs"),
            ("pkg:npm/ajv-errors@3.0.0", "openjs"),
            ("pkg:npm/%40react-native/codegen@0.79.2", "meta"),
            ("pkg:npm/buffer-equal-constant-time@1.0.1", "salesforce"),
        ]
        for (purl, id) in expected {
            #expect(try match(purl).technology?.vendor == id, "\(purl)")
        }
    }

    @Test func companiesWithoutAVendorBeforeHaveOne() throws {
        let expected: [(String, String)] = [
            ("pkg:npm/asn1@0.2.4", "joyent"), ("pkg:npm/sshpk@1.18.0", "joyent"),
            ("pkg:npm/cypress@13.6.0", "cypress-io"), ("pkg:npm/nx@20.1.0", "nrwl"),
            ("pkg:npm/lerna@8.1.9", "nrwl"), ("pkg:npm/react-native-screens@4.4.0", "software-mansion"),
            ("pkg:npm/mongoose@8.9.0", "automattic"), ("pkg:npm/xlsx@0.18.5", "sheetjs"),
        ]
        for (purl, id) in expected {
            #expect(try match(purl).technology?.vendor == id, "\(purl)")
            #expect(classifier.rules.vendors[id]?.sources.isEmpty == false, "\(id) keeps its sources")
        }
        #expect(classifier.rules.vendors["joyent"]?.bloc == .us)
        #expect(classifier.rules.vendors["software-mansion"]?.bloc == .eu)
    }

    @Test func movingAPackageKeepsItsLevel() throws {
        // A steward's rule names who controls a package, not how it is used: utilities still take the level of their
        // use, and tools and frameworks keep theirs.
        #expect(try match("pkg:npm/asn1@0.2.4").technology?.level == nil)
        #expect(try match("pkg:npm/object-assign@4.1.1").technology?.level == nil)
        #expect(try match("pkg:npm/cypress@13.6.0").technology?.level == .developmentTooling)
        #expect(try match("pkg:npm/mongoose@8.9.0").technology?.level == .database)
        #expect(try match("pkg:npm/react-native-screens@4.4.0").technology?.level == .frontend)
    }

    @Test func othersInTheSameFamiliesStayWithTheirStewards() throws {
        // Community plugins of Cypress, Mongoose's helper repositories and the CSS Modules plugins are not the
        // company's or PostCSS's.
        #expect(try match("pkg:npm/cypress-real-events@1.13.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/mquery@5.0.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/postcss-modules-values@4.0.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/postcss-nested@6.2.0").technology?.vendor == "postcss")
    }

    /// The tenth review: the most downloaded npm packages and the Maven artefacts that a family filed under
    /// `independent` or that no rule named, although a company's or a foundation's repository keeps them.
    @Test func companiesAndFoundationsOfTheTenthReview() throws {
        let expected: [(String, String, Bloc)] = [
            ("pkg:npm/node-forge@1.3.1", "digital-bazaar", .us), ("pkg:npm/dompurify@3.2.6", "cure53", .eu),
            ("pkg:npm/serialize-javascript@6.0.2", "yahoo", .us), ("pkg:npm/ts-interface-checker@0.1.13", "grist-labs", .us),
            ("pkg:npm/zod-validation-error@3.4.0", "causaly", .uk), ("pkg:npm/webpack-virtual-modules@0.6.2", "sysgears", .unknown),
            ("pkg:npm/%40modelcontextprotocol/sdk@1.17.0", "aaif", .us), ("pkg:npm/%40agentclientprotocol/sdk@0.4.0", "zed-industries", .us),
            ("pkg:npm/%40rspack/core@1.4.0", "bytedance", .cn), ("pkg:npm/%40module-federation/runtime@0.17.0", "bytedance", .cn),
            ("pkg:npm/%40base44/sdk@0.5.0", "wix", .other), ("pkg:npm/gsap@3.13.0", "webflow", .us),
            ("pkg:npm/%40egjs/hammerjs@2.0.17", "naver", .other), ("pkg:npm/%40scarf/scarf@1.4.0", "scarf", .us),
            ("pkg:maven/com.ibm.icu/icu4j@77.1", "unicode", .us), ("pkg:maven/com.lmax/disruptor@4.0.0", "lmax", .uk),
            ("pkg:maven/io.modelcontextprotocol.sdk/mcp@0.10.0", "aaif", .us),
            ("pkg:maven/ch.epfl.scala/scalafix-interfaces@0.14.0", "scala-center", .ch),
            ("pkg:maven/org.postgresql/r2dbc-postgresql@1.0.7.RELEASE", "pgjdbc", .international),
            ("pkg:maven/com.carrotsearch/hppc@0.10.0", "carrot-search", .eu),
            ("pkg:maven/com.graphhopper/jsprit-core@1.9.0", "graphhopper", .eu),
            ("pkg:maven/com.sleepycat/je@18.3.12", "oracle", .us), ("pkg:maven/io.kestra/kestra@0.20.0", "kestra", .eu),
            ("pkg:maven/org.chipsalliance/chisel_2.13@6.7.0", "chips-alliance", .us),
            ("pkg:maven/edu.berkeley.cs/chisel3_2.13@3.6.1", "chips-alliance", .us),
        ]
        for (purl, id, bloc) in expected {
            let vendor = try match(purl).technology?.vendor
            #expect(vendor == id, "\(purl)")
            #expect(classifier.rules.vendors[id]?.bloc == bloc, "\(id)")
            #expect(classifier.rules.vendors[id]?.sources.isEmpty == false, "\(id) keeps its sources")
        }
        #expect(classifier.rules.vendors["aaif"]?.parent == "linux-foundation")
    }

    /// The new rules take their own packages only: the families they left keep the rest, and levels stay.
    @Test func theFamiliesTheyLeftKeepTheirOtherPackages() throws {
        #expect(try match("pkg:npm/webpack-merge@6.0.1").technology?.vendor == "independent")
        #expect(try match("pkg:npm/webpack-virtual-modules@0.6.2").technology?.level == .developmentTooling)
        #expect(try match("pkg:npm/sucrase@3.35.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/ts-interface-checker@0.1.13").technology?.level == .developmentTooling)
        #expect(try match("pkg:npm/dompurify@3.2.6").technology?.level == nil)
        #expect(try match("pkg:maven/io.r2dbc/r2dbc-spi@1.0.0.RELEASE").technology?.vendor == "independent")
        #expect(try match("pkg:maven/org.postgresql/r2dbc-postgresql@1.0.7.RELEASE").technology?.level == .database)
        #expect(try match("pkg:maven/org.postgresql/postgresql@42.7.4").technology?.vendor == "pgjdbc")
        #expect(try match("pkg:maven/edu.berkeley.cs/chiseltest_2.13@6.0.0").technology?.vendor == nil, "ucb-bar's, not CHIPS Alliance's")
        #expect(try match("pkg:maven/com.twmacinta/fast-md5@2.7.1").technology?.vendor == "independent")
    }

    /// A dependency is not its dependent's project: Axios needs proxy-from-env, cssnano ships its own PostCSS plugins.
    @Test func dependenciesLeaveTheirDependentsFamily() throws {
        #expect(try match("pkg:npm/proxy-from-env@1.1.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/axios@1.7.9").technology?.vendor == "axios")
        let mergeRules = try match("pkg:npm/postcss-merge-rules@5.1.4").technology
        #expect(mergeRules?.id == "js-minifiers")
        #expect(mergeRules?.level == .developmentTooling)
    }

    /// vis.gl is an OpenJS Foundation project (its charter's section 2): deck.gl and luma.gl draw in the browser,
    /// loaders.gl and math.gl have no level of their own (fourteenth session).
    @Test func visGlIsOpenJSFoundations() throws {
        let deck = try match("pkg:npm/%40deck.gl/core@9.1.0").technology
        #expect(deck?.vendor == "openjs")
        #expect(deck?.level == .frontend)
        #expect(try match("pkg:npm/react-map-gl@7.1.7").technology?.vendor == "openjs")
        let loaders = try match("pkg:npm/%40loaders.gl/core@4.3.0").technology
        #expect(loaders?.vendor == "openjs")
        #expect(loaders?.level == nil)
    }
    /// Issue 15, catalogue breadth (vendor15): the npm scopes of ranks 5,001-30,000 with the most packages without a
    /// steward, and the largest company families among the unscoped packages presumed independent, now name the
    /// company, foundation or community that controls them (each vendor with its sources; seats not found stay
    /// `unknown`); scopes licensed in a person's name go to the independent maintainers.
    @Test func stewardsOfTheLargestScopesWithoutOne() throws {
        let expected: [(String, String, Bloc)] = [
            ("pkg:npm/%40zag-js/core@1.21.0", "chakra-systems", .unknown), ("pkg:npm/%40ark-ui/react@5.0.0", "chakra-systems", .unknown),
            ("pkg:npm/%40heroui/react@2.7.0", "heroui", .unknown), ("pkg:npm/%40nextui-org/react@2.6.0", "heroui", .unknown),
            ("pkg:npm/%40cspell/dict-en_us@4.3.0", "street-side-software", .unknown), ("pkg:npm/cspell-lib@8.0.0", "street-side-software", .unknown),
            ("pkg:npm/%40medusajs/medusa@2.0.0", "medusajs", .unknown), ("pkg:npm/%40sanity/client@6.0.0", "sanity", .eu),
            ("pkg:npm/%40portabletext/react@3.0.0", "sanity", .eu), ("pkg:npm/%40wordpress/components@28.0.0", "wordpress", .international),
            ("pkg:npm/%40uppy/core@4.0.0", "transloadit", .unknown), ("pkg:npm/%40walletconnect/sign-client@2.17.0", "reown", .unknown),
            ("pkg:npm/%40allurereport/core@3.0.0", "qameta", .unknown), ("pkg:npm/%40applitools/eyes@1.0.0", "applitools", .us),
            ("pkg:npm/%40jupyterlab/services@7.0.0", "jupyter", .us), ("pkg:npm/%40lumino/widgets@2.0.0", "jupyter", .us),
            ("pkg:npm/%40astrojs/react@4.0.0", "cloudflare", .us), ("pkg:npm/%40astrojs/check@0.9.0", "cloudflare", .us),
            ("pkg:npm/%40percy/cli@1.30.0", "browserstack", .unknown), ("pkg:npm/%40glimmer/component@2.0.0", "emberjs", .international),
            ("pkg:npm/%40metaplex-foundation/umi@1.0.0", "metaplex", .other), ("pkg:npm/%40workflow/core@4.0.0", "vercel", .us),
            ("pkg:npm/%40payloadcms/db-postgres@3.0.0", "figma", .us), ("pkg:npm/%40statsig/js-client@3.0.0", "openai", .us),
            ("pkg:npm/%40privy-io/react-auth@2.0.0", "stripe", .us), ("pkg:npm/%40oven/bun-linux-x64@1.2.0", "anthropic", .us),
            ("pkg:npm/%4011ty/eleventy@3.0.0", "fonticons", .us), ("pkg:npm/%40vanilla-extract/css@1.16.0", "seek", .other),
            ("pkg:npm/%40langfuse/core@4.0.0", "clickhouse", .us), ("pkg:npm/%40snowplow/browser-tracker@4.0.0", "snowplow", .uk),
            ("pkg:npm/serverless@4.0.0", "serverless-inc", .us), ("pkg:npm/gatsby@5.14.0", "netlify", .us),
            ("pkg:npm/datatables.net-bs5@2.1.0", "spry-media", .uk), ("pkg:npm/vscode-json-languageservice@5.4.0", "microsoft", .us),
            ("pkg:npm/effect@3.10.0", "effectful", .unknown), ("pkg:npm/xstate@5.19.0", "stately", .unknown),
            ("pkg:maven/org.robolectric/robolectric@4.14", "google", .us),
            ("pkg:maven/com.typesafe.netty/netty-reactive-streams@2.0.12", "lightbend", .us),
            ("pkg:npm/web3@4.16.0", "chainsafe", .other), ("pkg:npm/%40trivago/prettier-plugin-sort-imports@5.2.0", "trivago", .eu),
        ]
        for (purl, id, bloc) in expected {
            #expect(try match(purl).technology?.vendor == id, "\(purl)")
            #expect(classifier.rules.vendors[id]?.bloc == bloc, "\(id)")
            #expect(classifier.rules.vendors[id]?.sources.isEmpty == false, "\(id) keeps its sources")
        }
        #expect(classifier.rules.vendors["jupyter"]?.parent == "linux-foundation")
        for purl in ["pkg:npm/%40chakra-ui/react@3.2.0", "pkg:npm/%40tamagui/core@1.120.0", "pkg:npm/%40pixi/core@7.4.0", "pkg:npm/%40pandacss/dev@0.50.0",
                     "pkg:npm/%40graphql-yoga/plugin-response-cache@3.0.0", "pkg:maven/org.scala-graph/graph-core_2.13@2.0.1"] {
            #expect(try match(purl).technology?.vendor == "independent", "\(purl)")
        }
    }

    /// The company families are named package by package where other people publish under the same prefix: their
    /// plug-ins keep no rule (and are presumed independent maintainers'), and a more specific rule still decides.
    @Test func familiesOfVendor15LeaveOtherPeoplesPackages() throws {
        let others: [(String, String)] = [
            ("pkg:npm/cspell-ban-words@0.0.4", "street-side-software"), ("pkg:npm/serverless-offline@14.0.0", "serverless-inc"),
            ("pkg:npm/gatsby-plugin-robots-txt@1.8.0", "netlify"), ("pkg:npm/datatables.net-colresize-unofficial@1.7.0", "spry-media"),
            ("pkg:npm/vscode-langservers-extracted@4.10.0", "microsoft"), ("pkg:npm/mongodb-memory-server@10.1.0", "mongodb"),
            ("pkg:npm/ember-cli-mirage@3.0.0", "emberjs"),
            ("pkg:npm/web3-provider-engine@16.0.7", "chainsafe"),
        ]
        for (purl, id) in others {
            #expect(try match(purl).technology?.vendor != id, "\(purl)")
        }
        #expect(try match("pkg:npm/%40ampproject/toolbox-core@2.10.0").technology?.vendor == "openjs")
        // remapping lives in the AMP Project's organisation (https://github.com/ampproject/remapping), whatever its
        // author's employer was: the twenty-first sample's label, which the repository's owner decides.
        #expect(try match("pkg:npm/%40ampproject/remapping@2.3.0").technology?.vendor == "openjs")
        // A steward's rule names who controls a package, not its level: the scopes carry none, Astro's tooling keeps its.
        #expect(try match("pkg:npm/%40medusajs/medusa@2.0.0").technology?.level == nil)
        #expect(try match("pkg:npm/%40astrojs/check@0.9.0").technology?.level == .developmentTooling)
        #expect(try match("pkg:npm/xstate@5.19.0").technology?.level == .frontend)
    }
}
