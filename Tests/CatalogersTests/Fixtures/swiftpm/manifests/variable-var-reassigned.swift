// swift-tools-version:5.9
import PackageDescription

var deps: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
]
deps = []

let package = Package(
    name: "VariableVar",
    dependencies: deps
)
