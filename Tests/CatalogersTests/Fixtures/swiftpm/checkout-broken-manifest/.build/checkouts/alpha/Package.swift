// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Alpha",
    dependencies: [
        .package(url: "https://github.com/example-org/gamma.git", from: "0.3.0"),
    ],
    targets: [.target(name: "Alpha", dependencies: ["Gamma"])]
)
let broken = "this string is never closed
