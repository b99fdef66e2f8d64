// swift-tools-version:5.9

// A word game whose iOS app features and whose server live in one package: the shared targets first, then the
// client's and the server's targets appended in code (the shape of Point-Free's isowords; written for sovscan's
// tests).
import Foundation
import PackageDescription

var package = Package(
  name: "wordgame",
  platforms: [
    .iOS(.v17),
    .macOS(.v14),
  ],
  products: [
    .library(name: "SharedModels", targets: ["SharedModels"]),
    .library(name: "ServerRouter", targets: ["ServerRouter"]),
  ],
  dependencies: [
    .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
    .package(url: "https://github.com/pointfreeco/swift-case-paths", from: "1.5.0"),
    .package(url: "https://github.com/pointfreeco/swift-url-routing", from: "0.6.0"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .target(
      name: "SharedModels",
      dependencies: [
        .product(name: "Tagged", package: "swift-tagged"),
      ]
    ),
    .target(
      name: "ServerRouter",
      dependencies: [
        "SharedModels",
        .product(name: "URLRouting", package: "swift-url-routing"),
      ]
    ),
    .executableTarget(
      name: "asset-catalog-gen",
      dependencies: [
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .plugin(
      name: "AssetCatalogPlugin",
      capability: .buildTool(),
      dependencies: ["asset-catalog-gen"]
    ),
  ]
)

// MARK: - client
if ProcessInfo.processInfo.environment["TEST_SERVER"] == nil {
  package.dependencies.append(contentsOf: [
    .package(url: "https://github.com/pointfreeco/swift-composable-architecture", from: "1.15.0"),
    .package(url: "https://github.com/pointfreeco/swift-identified-collections", from: "1.1.0"),
  ])
  package.products.append(contentsOf: [
    .library(name: "AppFeature", targets: ["AppFeature"]),
  ])
  package.targets.append(contentsOf: [
    .target(
      name: "GameCore",
      dependencies: [
        "SharedModels",
        .product(name: "CasePaths", package: "swift-case-paths"),
        .product(name: "IdentifiedCollections", package: "swift-identified-collections"),
      ]
    ),
    .target(
      name: "AppFeature",
      dependencies: [
        "GameCore",
        "ServerRouter",
        .product(name: "CasePaths", package: "swift-case-paths"),
        .product(name: "ComposableArchitecture", package: "swift-composable-architecture"),
      ],
      plugins: ["AssetCatalogPlugin"]
    ),
    .testTarget(
      name: "GameCoreTests",
      dependencies: [
        "GameCore",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ]
    ),
  ])
}

// MARK: - server
package.dependencies.append(contentsOf: [
  .package(url: "https://github.com/pointfreeco/swift-web", revision: "2ad82ec"),
  .package(url: "https://github.com/pointfreeco/swift-prelude", revision: "7ff9911"),
  .package(url: "https://github.com/vapor/postgres-kit", exact: "2.2.0"),
])
package.products.append(contentsOf: [
  .executable(name: "server", targets: ["server"]),
])
package.targets.append(contentsOf: [
  .target(
    name: "DatabaseLive",
    dependencies: [
      "SharedModels",
      .product(name: "PostgresKit", package: "postgres-kit"),
    ]
  ),
  .target(
    name: "SiteMiddleware",
    dependencies: [
      "DatabaseLive",
      "ServerRouter",
      .product(name: "CasePaths", package: "swift-case-paths"),
      .product(name: "HttpPipeline", package: "swift-web"),
      .product(name: "Prelude", package: "swift-prelude"),
    ]
  ),
  .executableTarget(
    name: "server",
    dependencies: ["SiteMiddleware"]
  ),
  .testTarget(
    name: "SiteMiddlewareTests",
    dependencies: [
      "SiteMiddleware",
      .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
    ]
  ),
])
