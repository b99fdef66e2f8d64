// swift-tools-version:5.9
import PackageDescription

let banner = """
    This text mentions .package(url: "https://github.com/in/multiline.git", from: "1.0.0")
    and a "quoted" word, and ends with three quotes on the next line.
    """
let raw = #"A raw string with "quotes" and \(not interpolation) .package(url: "https://github.com/in/raw.git", from: "1.0.0")"#
let rawMulti = ##"""
    .package(url: "https://github.com/in/rawmulti.git", from: "1.0.0") "# still inside
    """##
let emoji = "📦 // not a comment /* neither */"

let package = Package(
    name: #"Lexing"#,
    dependencies: [
        .package(url: #"https://github.com/raw/url.git"#, from: "1.0.0"), // trailing comment
        .package(url: "https://github.com/escaped/quote.git", from: "2.0.0"), /* block */
    ]
)
