// swift-tools-version:5.9
import PackageDescription

/* The package below uses every dependency form.
   /* A nested block comment: .package(url: "https://github.com/nested/comment.git", from: "9.9.9") */
   still inside the outer comment: .package(url: "https://github.com/outer/comment.git", from: "8.8.8")
*/
let package = Package(
    name: "AllForms",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "AllForms", targets: ["AllForms"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.1.0"),
        .package(url: "https://github.com/example-org/nightly.git", branch: "develop"),
        .package(url: "https://github.com/example-org/pinned.git", revision: "0123456789abcdef0123456789abcdef01234567"),
        .package(url: "https://github.com/apple/swift-crypto.git", "1.0.0" ..< "4.0.0"),
        .package(url: "https://github.com/apple/swift-numerics.git", "1.0.0"..."1.0.9"),
        .package(url: "https://github.com/apple/swift-nio.git", .upToNextMajor(from: "2.60.0")),
        .package(url: "https://github.com/apple/swift-algorithms.git", .upToNextMinor(from: "1.2.0")),
        .package(name: "Yams", url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
        .package(path: "../SharedKit"),
        .package(id: "mona.LinkedList", from: "1.2.0"),
        .package(id: "mona.Queue", exact: "0.3.0"),
        // .package(url: "https://github.com/commented/out.git", from: "1.0.0"),
        /* .package(url: "https://github.com/block/commented.git", from: "1.0.0"), */
        .package(
            url: "git@github.com:example-org/Multi-Line.git",
            from: "3.2.1"
        ),
        .package(url: "https://github.com/example-org/old-style.git", .exact("0.9.0")),
        .package(url: "https://github.com/example-org/old-branch.git", .branch("release/2.x")),
        .package(url: "https://github.com/example-org/old-revision.git", .revision("89abcdef0123456789abcdef0123456789abcdef")),
    ],
    targets: [
        .target(
            name: "AllForms",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "AllFormsTests", dependencies: ["AllForms"]),
    ]
)
