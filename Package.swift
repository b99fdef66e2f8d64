// swift-tools-version:6.0
import PackageDescription

// sovscan: how much of a software stack is open source, who controls the rest,
// and whether a change breaks the licence policy. See DESIGN (docs/architecture.md).
let package = Package(
    name: "sovscan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sovscan", targets: ["sovscan"]),
        .library(name: "SovScanKit", targets: ["SovScanKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "SovScanModel"),
        .target(name: "BoundedYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libcurl's header only (Debian's libcurl4-openssl-dev): Fetching opens the library at its first transfer.
        .systemLibrary(name: "CCurl"),
        // glibc's <malloc.h> (mallopt), for the command line's allocator settings.
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "Catalogers",
            dependencies: ["SovScanModel", "CLibXML2", "BoundedYAML", .product(name: "Yams", package: "Yams")],
            // Release builds leave out the run-time exclusivity checks of the Maven resolver's classes (issue 17:
            // a third of conflict resolution went to checking every access to the resolver's and collector's
            // arrays); debug builds, and so the tests, keep them.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        .target(name: "Fetching", dependencies: ["SovScanModel", "CCurl"]),
        .target(name: "Licenses", dependencies: ["SovScanModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "Reporting", dependencies: ["SovScanModel", "Classification", "Analysis", "Policy"]),
        .target(
            name: "Classification",
            dependencies: ["SovScanModel", "Licenses", "BoundedYAML", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "Analysis", dependencies: ["SovScanModel", "Classification"]),
        .target(
            name: "Policy",
            dependencies: ["SovScanModel", "Licenses", "Classification", "Analysis", "BoundedYAML", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "PortfolioStore",
            dependencies: ["SovScanModel", "Classification", "Analysis", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SovScanKit",
            dependencies: ["SovScanModel", "Catalogers", "Fetching", "Licenses", "Classification", "Analysis", "Reporting",
                           "BoundedYAML", "BundledRules"]
        ),
        // Rules/ compiled at build time (issue 17): the plugin runs sovscan-compile-rules over the folder whenever a
        // file of it changes, and the module carries the compact forms.
        .target(name: "BundledRules", dependencies: ["SovScanModel"], plugins: ["CompileRules"]),
        .executableTarget(name: "sovscan-compile-rules", dependencies: ["Classification", "Licenses"]),
        .plugin(name: "CompileRules", capability: .buildTool(), dependencies: ["sovscan-compile-rules"]),
        .executableTarget(
            name: "sovscan",
            dependencies: [
                "SovScanKit", "Catalogers", "Fetching", "Reporting", "SovScanModel", "Classification", "Analysis", "Policy",
                "PortfolioStore", .target(name: "CMalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked into the release binary: the dynamic loader no longer
            // resolves a dozen shared libraries at every start (issue 17). This target's own files are compiled
            // against the static modules too, whose link entries name the libraries static Foundation needs (ICU).
            // Release only, so the test binaries (debug, with the shared runtime of the test tools) never hold two
            // copies of it.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "sovscan-bench",
            dependencies: ["SovScanKit", "Catalogers", "Reporting", "SovScanModel"]
        ),
        .target(name: "CLITestSupport", path: "Tests/CLITestSupport"),
        .testTarget(
            name: "SovScanModelTests",
            dependencies: ["SovScanModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CatalogersTests",
            dependencies: ["Catalogers", "SovScanModel", "Licenses"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PolicyTests",
            dependencies: ["CLITestSupport", "Policy", "SovScanModel", "SovScanKit", "sovscan"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LicensesTests",
            dependencies: ["Licenses", "SovScanModel", "BundledRules"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ClassificationTests",
            dependencies: ["Classification", "SovScanModel", "SovScanKit", "Catalogers", "BundledRules"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "BoundedYAMLTests",
            dependencies: ["BoundedYAML", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["Analysis", "Classification", "SovScanModel"]
        ),
        .testTarget(
            name: "ReportingTests",
            dependencies: ["Reporting", "SovScanModel", "Catalogers", "Classification", "Policy", "Analysis"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FetchingTests",
            dependencies: ["CLITestSupport", "Fetching", "SovScanKit", "Catalogers", "SovScanModel", "sovscan"]
        ),
        .testTarget(
            name: "PortfolioStoreTests",
            dependencies: ["CLITestSupport", "PortfolioStore", "Analysis", "Classification", "SovScanModel", "SovScanKit", "sovscan",
                           .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SovScanKitTests",
            dependencies: ["CLITestSupport", "SovScanKit", "Reporting", "Catalogers", "SovScanModel", "Analysis", "PortfolioStore",
                           "sovscan"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
