import SovScanModel

/// `.mvn/maven.config`: the command-line options a build always gets. sovscan uses `-D` properties and `-P`
/// profiles from it.
struct MavenConfig {
    var properties: [String: String] = [:]
    var profiles: [String] = []
    var diagnostics: [Diagnostic] = []

    /// Reads `<root>/.mvn/maven.config` when present.
    static func read(root: String, files: FileReader) -> MavenConfig {
        let path = root + "/.mvn/maven.config"
        guard files.exists(path) else { return MavenConfig() }
        switch files.read(path, reportedAs: ".mvn/maven.config") {
        case .failure(let diagnostic):
            var config = MavenConfig()
            config.diagnostics.append(diagnostic)
            return config
        case .success(let bytes):
            return parse(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Parses the options; arguments are separated by white space, quotes group.
    static func parse(_ text: String) -> MavenConfig {
        var config = MavenConfig()
        let arguments = split(text)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            var value: String?
            var option = ""
            for prefix in ["-D", "--define", "-P", "--activate-profiles"] where argument.hasPrefix(prefix) {
                option = prefix
                let rest = String(argument.dropFirst(prefix.count)).drop { $0 == "=" && prefix.hasPrefix("--") }
                if rest.isEmpty {
                    if index < arguments.count {
                        value = arguments[index]
                        index += 1
                    }
                } else {
                    value = String(rest)
                }
                break
            }
            guard let value else { continue }
            if option == "-D" || option == "--define" {
                if let equals = value.firstIndex(of: "=") {
                    config.properties[String(value[..<equals])] = String(value[value.index(after: equals)...])
                } else {
                    config.properties[value] = "true"
                }
            } else {
                config.profiles += value.split(separator: ",").map(String.init)
            }
        }
        return config
    }

    private static func split(_ text: String) -> [String] {
        var arguments: [String] = []
        var current = ""
        var quote: Character?
        var hasToken = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                hasToken = true
            } else if character.isWhitespace {
                if hasToken { arguments.append(current) }
                current = ""
                hasToken = false
            } else {
                current.append(character)
                hasToken = true
            }
        }
        if hasToken { arguments.append(current) }
        return arguments
    }
}
