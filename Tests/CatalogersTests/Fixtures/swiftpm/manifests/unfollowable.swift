// swift-tools-version:5.9
import PackageDescription

let version = "1.0.0"
let base = "https://github.com/example-org"

let package = Package(
    name: "Unfollowable",
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "\(base)/interpolated.git", from: "1.0.0"),
        .package(url: "https://github.com/example-org/variable-version.git", from: version),
        localOrRemote(name: "Helper"),
#if os(Linux)
        .package(url: "https://github.com/example-org/linux-only.git", from: "1.0.0"),
#endif
        .package(url: "not a url", from: "1.0.0"),
    ]
)

package.dependencies += [
    .package(url: "https://github.com/example-org/appended.git", from: "1.0.0"),
]

#if os(Linux)
package.dependencies += [
    .package(url: "https://github.com/example-org/conditional.git", from: "1.0.0"),
]
#endif
package.dependencies.append(.package(url: "https://github.com/example-org/one-element.git", from: "1.0.0"))
