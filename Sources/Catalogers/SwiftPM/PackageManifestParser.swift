import SovScanModel

/// Reads a `Package.swift` without running Swift: the package name, the `.package(...)` entries of the
/// `dependencies:` array of `Package(...)`, its targets (kind, the products and targets each depends on, its
/// plugins), its products and its platforms. Arrays that code appends to the variable holding `Package(...)`
/// (`package.targets.append(contentsOf: [...])`, `package.dependencies += [...]`, as isowords does for its server
/// and client halves) are read too, also inside an `if` of code (the default build's declaration).
///
/// Understood: `url:` with `from:`, `exact:`, `branch:`, `revision:`, `"a"..<"b"`, `"a"..."b"`,
/// `.upToNextMajor(from:)`, `.upToNextMinor(from:)`, `.exact()`, `.branch()`, `.revision()`; `path:`; `id:` with
/// the same requirements; the old `name:` label; declarations over several lines; comments of every kind.
/// A top-level `let` constant holding an array literal (`dependencies: deps`) is followed, since it cannot change.
/// What it cannot follow (a `var` or an expression instead of the array, `#if` blocks in it, a value that is not a
/// plain string literal, `.package(...)` added elsewhere in code) gives a warning at its line and is left out:
/// never a guess.
public enum PackageManifestParser {
    /// Parses `bytes`, reporting problems against `file`.
    public static func parse(_ bytes: [UInt8], file: String) -> (PackageManifest, [Diagnostic]) {
        var tokenizer = SwiftTokenizer(bytes)
        let (tokens, problems) = tokenizer.tokenize()
        // An unterminated string or comment ends the tokens early: the brackets still open there are closed, so
        // `Package(...)` and its well-formed dependencies before the break are read; the rest is an error.
        let closed = closingOpenBrackets(tokens)
        var reader = ManifestReader(tokens: closed, file: file)
        for problem in problems {
            reader.diagnostics.append(Diagnostic(.error, "Package.swift: \(problem.message); nothing after it is read",
                                                 at: SourceLocation(file: file, line: problem.line)))
        }
        if problems.isEmpty, closed.count > tokens.count {
            reader.diagnostics.append(Diagnostic(.error, "Package.swift ends inside \(closed.count - tokens.count) open bracket(s); it is read as far as it goes",
                                                 at: SourceLocation(file: file, line: tokens.last?.line ?? 1)))
        }
        let manifest = reader.read()
        return (manifest, reader.diagnostics.sorted())
    }

    /// `tokens` followed by a closing bracket for every bracket still open at the end, in nesting order.
    static func closingOpenBrackets(_ tokens: [SwiftToken]) -> [SwiftToken] {
        var open: [UInt8] = []
        for token in tokens {
            guard case .punctuation(let byte) = token.kind else { continue }
            switch byte {
            case UInt8(ascii: "("): open.append(UInt8(ascii: ")"))
            case UInt8(ascii: "["): open.append(UInt8(ascii: "]"))
            case UInt8(ascii: "{"): open.append(UInt8(ascii: "}"))
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): _ = open.popLast()
            default: break
            }
        }
        guard !open.isEmpty else { return tokens }
        let line = tokens.last?.line ?? 1
        return tokens + open.reversed().map { SwiftToken(kind: .punctuation($0), line: line, column: 1) }
    }
}

/// The token walk behind `PackageManifestParser`. Iterative: brackets are matched by counting, never by recursion.
private struct ManifestReader {
    let tokens: [SwiftToken]
    let file: String
    var diagnostics: [Diagnostic] = []
    /// Token indices of `.package(` calls that were read (or reported) as part of `dependencies:`.
    private var handledCalls: Set<Int> = []

    /// For every opening bracket, the index of its closing bracket, else -1 (computed once, in one pass).
    private let closes: [Int]
    /// For every token, how many brackets enclose it.
    private let depths: [Int]

    init(tokens: [SwiftToken], file: String) {
        self.tokens = tokens
        self.file = file
        var closes = [Int](repeating: -1, count: tokens.count)
        var depths = [Int](repeating: 0, count: tokens.count)
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            depths[index] = open.count
            guard case .punctuation(let byte) = token.kind else { continue }
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): open.append(index)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let opening = open.popLast() {
                    closes[opening] = index
                    depths[index] = open.count
                }
            default: break
            }
        }
        self.closes = closes
        self.depths = depths
    }

    struct Argument {
        var label: String?
        var value: Range<Int>
    }

    mutating func read() -> PackageManifest {
        var manifest = PackageManifest()
        if let call = packageCall() {
            manifest.declaredAt = location(call.name)
            let arguments = splitArguments(call.arguments)
            if let name = arguments.first(where: { $0.label == "name" }) {
                manifest.name = stringLiteral(name.value, what: "the package name")
            }
            if let dependencies = arguments.first(where: { $0.label == "dependencies" }) {
                manifest.dependencies = readDependencyArray(constantArray(dependencies.value) ?? dependencies.value)
            }
            if let targets = arguments.first(where: { $0.label == "targets" }) {
                manifest.targets = readTargets(targets.value)
            }
            if let products = arguments.first(where: { $0.label == "products" }) {
                manifest.products = readProducts(products.value)
            } else {
                manifest.products = []
            }
            if let variable = packageVariable(call.name) {
                let targetsReadable = manifest.targets != nil || !arguments.contains { $0.label == "targets" }
                readAppends(to: variable, into: &manifest, targetsReadable: targetsReadable)
            }
            if let platforms = arguments.first(where: { $0.label == "platforms" }) {
                manifest.platforms = readPlatforms(constantArray(platforms.value) ?? platforms.value)
            }
        } else {
            diagnostics.append(Diagnostic(.warning, "no `Package(...)` call found; dependencies cannot be told apart",
                                          at: SourceLocation(file: file, line: 1)))
        }
        reportUnhandledCalls()
        return manifest
    }

    // MARK: - Package(...)

    /// The first `Package(` that is not a member access, with the token range of its arguments.
    private func packageCall() -> (name: Int, arguments: Range<Int>)? {
        var index = 0
        while index + 1 < tokens.count {
            if tokens[index].identifier == "Package", tokens[index + 1].isPunctuation("("),
               index == 0 || !tokens[index - 1].isPunctuation("."),
               let close = matchingClose(of: index + 1) {
                return (index, index + 2..<close)
            }
            index += 1
        }
        return nil
    }

    /// When `value` is the name of a top-level `let` constant initialised with an array literal, or of a `var`
    /// that code only adds to (`.append`, `.insert`, `+=`: the literal's elements stay declared), the tokens of
    /// that literal; `nil` otherwise (a `var` that code assigns or removes from, or a name declared twice). What
    /// code adds to a `var` is not read.
    private func constantArray(_ value: Range<Int>) -> Range<Int>? {
        guard value.count == 1, let name = tokens[value.lowerBound].identifier else { return nil }
        var found: [Range<Int>] = []
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            guard let keyword = tokens[index].identifier, keyword == "let" || keyword == "var",
                  tokens[index + 1].identifier == name, depths[index] == 0 else { continue }
            if keyword == "var", !onlyAddedTo(name, declaredAt: index + 1) { return nil }
            // Skip a type annotation (`: [Package.Dependency]`) up to `=`.
            var cursor = index + 2
            while cursor < tokens.count, tokens[cursor].kind != .operator("="),
                  !["let", "var", "func"].contains(tokens[cursor].identifier ?? "") {
                if let close = matchingClose(of: cursor) { cursor = close + 1 } else { cursor += 1 }
            }
            guard cursor + 1 < tokens.count, tokens[cursor].kind == .operator("="), tokens[cursor + 1].isPunctuation("["),
                  let close = matchingClose(of: cursor + 1) else { return nil }
            let next = close + 1
            // The literal must be the whole initialiser (not `[...] + more`).
            if next < tokens.count, case .operator = tokens[next].kind { return nil }
            found.append(cursor + 1..<close + 1)
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Whether every use of the variable `name` other than its declaration (at token `declaration`) adds to it
    /// (`name.append(`, `name.insert(`, `name += `) or passes it as a labelled argument (`dependencies: name`).
    private func onlyAddedTo(_ name: String, declaredAt declaration: Int) -> Bool {
        for index in tokens.indices where index != declaration && tokens[index].identifier == name {
            if index > 0, tokens[index - 1].isPunctuation(".") { continue }  // a member of something else
            if index > 0, tokens[index - 1].isPunctuation(":") { continue }
            if index + 1 < tokens.count, tokens[index + 1].isPunctuation(":") { continue }  // a label of that name
            if index + 1 < tokens.count, tokens[index + 1].kind == .operator("+=") { continue }
            if index + 2 < tokens.count, tokens[index + 1].isPunctuation("."),
               ["append", "insert"].contains(tokens[index + 2].identifier ?? "") { continue }
            return false
        }
        return true
    }

    private mutating func readDependencyArray(_ value: Range<Int>) -> [ManifestDependency] {
        guard let (first, close) = arrayLiteral(value) else {
            let at = value.first ?? max(value.lowerBound - 1, 0)
            warn("`dependencies:` is not an array literal (a variable or an expression); its packages are not read, so direct dependencies cannot be told from transitive ones", at: at)
            return []
        }
        var result: [ManifestDependency] = []
        for element in arrayElements(first + 1..<close) {
            if let conditionLine = element.conditionLine {
                markCalls(in: element.tokens)
                warn("a dependency inside the `#if` block of line \(conditionLine) is not read (conditional)", at: element.tokens.lowerBound)
                continue
            }
            if let dependency = readPackageCall(element.tokens) { result.append(dependency) }
        }
        return result
    }

    /// The elements of an array (between its brackets), with the line of the `#if` that encloses each, if any.
    private mutating func arrayElements(_ range: Range<Int>) -> [(tokens: Range<Int>, conditionLine: Int?)] {
        var elements: [(Range<Int>, Int?)] = []
        var conditions: [Int] = []
        var start: Int?
        var index = range.lowerBound
        func close(at end: Int) {
            if let begin = start, begin < end { elements.append((begin..<end, conditions.last)) }
            start = nil
        }
        while index < range.upperBound {
            let token = tokens[index]
            if case .directive(let name) = token.kind {
                close(at: index)
                switch name {
                case "if": conditions.append(token.line)
                case "endif": _ = conditions.popLast()
                default: break
                }
                index += 1
                if name == "if" || name == "elseif" {
                    while index < range.upperBound, tokens[index].line == token.line { index += 1 }
                }
                continue
            }
            if token.isPunctuation(",") {
                close(at: index)
                index += 1
                continue
            }
            if start == nil { start = index }
            if let end = matchingClose(of: index) { index = end + 1 } else { index += 1 }
        }
        close(at: range.upperBound)
        return elements
    }

    /// The bracket positions when `value` is exactly one array literal `[...]`; `nil` otherwise.
    private func arrayLiteral(_ value: Range<Int>) -> (open: Int, close: Int)? {
        guard let first = value.first, tokens[first].isPunctuation("["),
              let close = matchingClose(of: first), close == value.upperBound - 1 else { return nil }
        return (first, close)
    }

    // MARK: - platforms

    /// The platform names of a `platforms:` array literal (`[.iOS(.v16), .macOS("13.0")]` gives `iOS`, `macOS`);
    /// `nil` when it is not an array literal of such calls or members, or holds a directive.
    private func readPlatforms(_ value: Range<Int>) -> [String]? {
        guard let (first, close) = arrayLiteral(value) else { return nil }
        var names: [String] = []
        for element in splitArguments(first + 1..<close) {
            let range = element.value
            guard range.count >= 2, tokens[range.lowerBound].isPunctuation("."),
                  let name = tokens[range.lowerBound + 1].identifier else { return nil }
            names.append(name)
        }
        return names
    }

    // MARK: - targets

    /// The targets of a `targets:` array literal; `nil` when any part is not a literal the reader follows (then no
    /// scope is inferred from targets). Targets are read for scopes only, so they report no warnings.
    private func readTargets(_ value: Range<Int>) -> [ManifestTarget]? {
        guard let (first, close) = arrayLiteral(value) else { return nil }
        var targets: [ManifestTarget] = []
        var index = first + 1
        while index < close {
            // Each element: `.kind(` arguments `)` followed by `,` or the end; directives make it unreadable.
            guard index + 2 < close, tokens[index].isPunctuation("."), let kindName = tokens[index + 1].identifier,
                  tokens[index + 2].isPunctuation("("), let end = matchingClose(of: index + 2) else { return nil }
            let arguments = splitArguments(index + 3..<end)
            guard let nameArgument = arguments.first(where: { $0.label == "name" }), nameArgument.value.count == 1,
                  case .string(let name, false) = tokens[nameArgument.value.lowerBound].kind else { return nil }
            var references = (packages: [String](), targets: [String](), products: [ManifestProductReference]())
            if let dependencies = arguments.first(where: { $0.label == "dependencies" }) {
                guard let read = targetDependencies(dependencies.value) else { return nil }
                references = read
            }
            let plugins = arguments.first(where: { $0.label == "plugins" }).flatMap { pluginPackages($0.value) } ?? []
            var path: String?
            if let argument = arguments.first(where: { $0.label == "path" }), argument.value.count == 1,
               case .string(let text, false) = tokens[argument.value.lowerBound].kind {
                path = text
            }
            targets.append(ManifestTarget(name: name, kind: ManifestTargetKind(rawValue: kindName) ?? .regular,
                                          packageReferences: references.packages, targetReferences: references.targets,
                                          pluginPackages: plugins, productReferences: references.products,
                                          declaredAt: location(index), path: path))
            index = end + 1
            if index < close, tokens[index].isPunctuation(",") { index += 1 }
            guard index == close || tokens[index].isPunctuation(".") else { return nil }
        }
        return targets
    }

    /// The package references of a target's `dependencies:` array literal, its references to targets of the
    /// same package (plain strings and `.byName` count as both until the caller knows the package's targets) and
    /// the products it names with their package (`.product(name:package:)`); `nil` when it is not one.
    private func targetDependencies(_ value: Range<Int>)
        -> (packages: [String], targets: [String], products: [ManifestProductReference])? {
        guard let (first, close) = arrayLiteral(value) else { return nil }
        var references: [String] = []
        var targets: [String] = []
        var products: [ManifestProductReference] = []
        for element in splitArguments(first + 1..<close) {
            let range = element.value
            if range.count == 1, case .string(let name, false) = tokens[range.lowerBound].kind {
                references.append(name)
                targets.append(name)
                continue
            }
            guard range.count >= 3, tokens[range.lowerBound].isPunctuation("."), let function = tokens[range.lowerBound + 1].identifier,
                  tokens[range.lowerBound + 2].isPunctuation("("), let end = matchingClose(of: range.lowerBound + 2) else { return nil }
            let arguments = splitArguments(range.lowerBound + 3..<end)
            func string(_ label: String) -> String? {
                guard let argument = arguments.first(where: { $0.label == label }), argument.value.count == 1,
                      case .string(let text, false) = tokens[argument.value.lowerBound].kind else { return nil }
                return text
            }
            switch function {
            case "product":
                guard let reference = string("package") ?? string("name") else { return nil }
                references.append(reference)
                if let name = string("name"), let package = string("package") {
                    products.append(ManifestProductReference(name: name, package: package))
                }
            case "byName", "byNameItem":
                guard let reference = string("name") else { return nil }
                references.append(reference)
                targets.append(reference)
            case "target":
                guard let reference = string("name") else { return nil }
                targets.append(reference)
            default:
                return nil
            }
        }
        return (references, targets, products)
    }

    /// The packages of the `.plugin(name:package:)` entries of a target's `plugins:` array literal (a plugin of
    /// the same package has no `package:` and names none); `nil` when it is not an array literal.
    private func pluginPackages(_ value: Range<Int>) -> [String]? {
        guard let (first, close) = arrayLiteral(value) else { return nil }
        var packages: [String] = []
        for element in splitArguments(first + 1..<close) {
            let range = element.value
            guard range.count >= 3, tokens[range.lowerBound].isPunctuation("."),
                  tokens[range.lowerBound + 1].identifier == "plugin", tokens[range.lowerBound + 2].isPunctuation("("),
                  let end = matchingClose(of: range.lowerBound + 2) else { continue }
            let arguments = splitArguments(range.lowerBound + 3..<end)
            if let package = arguments.first(where: { $0.label == "package" }), package.value.count == 1,
               case .string(let name, false) = tokens[package.value.lowerBound].kind {
                packages.append(name)
            }
        }
        return packages
    }

    // MARK: - products

    /// The products of a `products:` array literal (`.library`, `.executable`, `.plugin` with `name:` and
    /// `targets:` string literals); `nil` when any element is not such a literal.
    private func readProducts(_ value: Range<Int>) -> [ManifestProduct]? {
        guard let (first, close) = arrayLiteral(value) else { return nil }
        var products: [ManifestProduct] = []
        for element in splitArguments(first + 1..<close) {
            let range = element.value
            guard range.count >= 3, tokens[range.lowerBound].isPunctuation("."),
                  let kind = tokens[range.lowerBound + 1].identifier, tokens[range.lowerBound + 2].isPunctuation("("),
                  let end = matchingClose(of: range.lowerBound + 2), end == range.upperBound - 1 else { return nil }
            let arguments = splitArguments(range.lowerBound + 3..<end)
            guard let name = arguments.first(where: { $0.label == "name" }), name.value.count == 1,
                  case .string(let productName, false) = tokens[name.value.lowerBound].kind,
                  let targets = arguments.first(where: { $0.label == "targets" }),
                  let (open, closing) = arrayLiteral(targets.value) else { return nil }
            var targetNames: [String] = []
            for target in splitArguments(open + 1..<closing) {
                guard target.value.count == 1, case .string(let text, false) = tokens[target.value.lowerBound].kind
                else { return nil }
                targetNames.append(text)
            }
            products.append(ManifestProduct(name: productName, kind: kind, targets: targetNames))
        }
        return products
    }

    // MARK: - package.<field>.append(...)

    /// The name of the top-level constant or variable `Package(` is assigned to (`var package = Package(`).
    private func packageVariable(_ call: Int) -> String? {
        guard call >= 3, tokens[call - 1].kind == .operator("="), let name = tokens[call - 2].identifier,
              let keyword = tokens[call - 3].identifier, keyword == "let" || keyword == "var" else { return nil }
        return name
    }

    /// Reads `package.dependencies.append(contentsOf: [...])` and `package.dependencies += [...]` for `dependencies`,
    /// `targets` and `products`, where `package` is the variable holding `Package(...)`. Statements inside an `if`
    /// of code (`if ProcessInfo.processInfo.environment[...] == nil {`) are read as the default build declares
    /// them; statements inside `#if` are not read (the `.package(...)` warning says so).
    private mutating func readAppends(to variable: String, into manifest: inout PackageManifest, targetsReadable: Bool) {
        var targetsReadable = targetsReadable
        var conditional = 0
        var index = 0
        while index + 3 < tokens.count {
            defer { index += 1 }
            if case .directive(let name) = tokens[index].kind {
                if name == "if" { conditional += 1 } else if name == "endif" { conditional = max(conditional - 1, 0) }
                continue
            }
            guard conditional == 0, tokens[index].identifier == variable, tokens[index + 1].isPunctuation("."),
                  let field = tokens[index + 2].identifier, ["dependencies", "targets", "products"].contains(field),
                  index == 0 || !tokens[index - 1].isPunctuation(".") else { continue }
            guard let value = appendedArray(after: index + 3) else { continue }
            // Go on after the array: its tokens are read here once, not searched again for statements.
            index = value.upperBound - 1
            switch field {
            case "dependencies":
                manifest.dependencies += readDependencyArray(value)
            case "targets":
                if targetsReadable, let targets = readTargets(value) {
                    manifest.targets = (manifest.targets ?? []) + targets
                } else {
                    manifest.targets = nil
                    targetsReadable = false
                }
            default:
                if let products = readProducts(value), let known = manifest.products {
                    manifest.products = known + products
                } else {
                    manifest.products = nil
                }
            }
        }
    }

    /// After `package.<field>`: the tokens of the array literal of `.append(contentsOf: [...])` or `+= [...]`;
    /// `nil` for anything else (`.append(one)` stays unread, and its `.package(...)` gets the usual warning).
    private func appendedArray(after index: Int) -> Range<Int>? {
        if tokens[index].kind == .operator("+="), index + 1 < tokens.count, tokens[index + 1].isPunctuation("["),
           let close = matchingClose(of: index + 1) {
            return index + 1..<close + 1
        }
        guard index + 2 < tokens.count, tokens[index].isPunctuation("."), tokens[index + 1].identifier == "append",
              tokens[index + 2].isPunctuation("("), let close = matchingClose(of: index + 2) else { return nil }
        let arguments = splitArguments(index + 3..<close)
        guard arguments.count == 1, arguments[0].label == "contentsOf" else { return nil }
        return arguments[0].value
    }

    // MARK: - .package(...)

    private mutating func readPackageCall(_ range: Range<Int>) -> ManifestDependency? {
        let start = range.lowerBound
        guard range.count >= 4, tokens[start].isPunctuation("."), tokens[start + 1].identifier == "package",
              tokens[start + 2].isPunctuation("("), let close = matchingClose(of: start + 2) else {
            markCalls(in: range)
            warn("a dependency that is not a `.package(...)` literal (a variable, function call or expression) is not read", at: start)
            return nil
        }
        handledCalls.insert(start)
        guard close == range.upperBound - 1 else {
            warn("a `.package(...)` followed by more code is not read", at: start)
            return nil
        }
        var nameLabel: String?
        var source: (text: String, location: SwiftRepositoryLocation)?
        var requirement: ManifestRequirement?
        var isPath = false
        for argument in splitArguments(start + 3..<close) {
            switch argument.label {
            case "name":
                nameLabel = stringLiteral(argument.value, what: "`name:`")
            case "url", "path", "id":
                guard let text = stringLiteral(argument.value, what: "`\(argument.label ?? "")`") else { return nil }
                let location: SwiftRepositoryLocation?
                switch argument.label {
                case "url": location = SwiftRepositoryLocation(sourceControl: text)
                case "path": location = .local(path: text); isPath = true
                default: location = SwiftRepositoryLocation(registryIdentity: text)
                }
                guard let location else {
                    warn("`\(argument.label ?? ""):` value '\(text)' is not a \(argument.label == "id" ? "registry identity scope.name" : "URL or path")", at: argument.value.lowerBound)
                    return nil
                }
                source = (text, location)
            case "from", "exact", "branch", "revision":
                guard let text = stringLiteral(argument.value, what: "`\(argument.label ?? ""):`") else { return nil }
                switch argument.label {
                case "from": requirement = .upToNextMajor(text)
                case "exact": requirement = .exact(text)
                case "branch": requirement = .branch(text)
                default: requirement = .revision(text)
                }
            case nil:
                guard let read = requirementExpression(argument.value) else {
                    warn("a version requirement the static reader cannot follow", at: argument.value.lowerBound)
                    return nil
                }
                requirement = read
            default:
                continue  // `traits:` and future labels do not change what is depended on
            }
        }
        guard let source else {
            warn("`.package(...)` without `url:`, `path:` or `id:` is not read", at: start)
            return nil
        }
        if requirement == nil, !isPath {
            warn("`.package(...)` without a version requirement", at: start)
        }
        return ManifestDependency(location: source.location, locationText: source.text, requirement: requirement,
                                  nameLabel: nameLabel, declaredAt: location(start))
    }

    /// An unlabeled requirement: `"a"..<"b"`, `"a"..."b"`, `.upToNextMajor(from: "a")`, `.upToNextMinor(from: "a")`,
    /// `.exact("a")`, `.branch("a")`, `.revision("a")`.
    private func requirementExpression(_ range: Range<Int>) -> ManifestRequirement? {
        let slice = Array(tokens[range])
        if slice.count == 3, case .string(let lower, false) = slice[0].kind, case .operator(let op) = slice[1].kind,
           case .string(let upper, false) = slice[2].kind {
            switch op {
            case "..<": return .range(lower, upper)
            case "...": return .closedRange(lower, upper)
            default: return nil
            }
        }
        guard slice.count >= 5, slice[0].isPunctuation("."), let function = slice[1].identifier, slice[2].isPunctuation("("),
              slice[slice.count - 1].isPunctuation(")") else { return nil }
        let inner = slice[3..<(slice.count - 1)]
        var value: String?
        if inner.count == 1, case .string(let text, false) = inner[inner.startIndex].kind {
            value = text
        } else if inner.count == 3, inner[inner.startIndex].identifier == "from", inner[inner.startIndex + 1].isPunctuation(":"),
                  case .string(let text, false) = inner[inner.startIndex + 2].kind {
            value = text
        }
        guard let value else { return nil }
        switch function {
        case "upToNextMajor": return .upToNextMajor(value)
        case "upToNextMinor": return .upToNextMinor(value)
        case "exact": return .exact(value)
        case "branch": return .branch(value)
        case "revision": return .revision(value)
        default: return nil
        }
    }

    /// Every `.package(` outside the `dependencies:` array: reported, not read.
    private mutating func reportUnhandledCalls() {
        var index = 0
        while index + 2 < tokens.count {
            if tokens[index].isPunctuation("."), tokens[index + 1].identifier == "package", tokens[index + 2].isPunctuation("("),
               !handledCalls.contains(index) {
                warn("`.package(...)` outside the `dependencies:` array of `Package(...)` (added in code the static reader does not follow) is not read", at: index)
            }
            index += 1
        }
    }

    private mutating func markCalls(in range: Range<Int>) {
        for index in range where index + 2 < tokens.count && tokens[index].isPunctuation(".")
            && tokens[index + 1].identifier == "package" && tokens[index + 2].isPunctuation("(") {
            handledCalls.insert(index)
        }
    }

    // MARK: - Helpers

    /// The arguments of a call between its parentheses, split at top-level commas, with their labels.
    private func splitArguments(_ range: Range<Int>) -> [Argument] {
        var arguments: [Argument] = []
        var start = range.lowerBound
        var index = range.lowerBound
        func finish(_ end: Int) {
            guard start < end else { return }
            if end - start >= 2, let label = tokens[start].identifier, tokens[start + 1].isPunctuation(":") {
                arguments.append(Argument(label: label, value: start + 2..<end))
            } else {
                arguments.append(Argument(label: nil, value: start..<end))
            }
        }
        while index < range.upperBound {
            if tokens[index].isPunctuation(",") {
                finish(index)
                start = index + 1
                index += 1
            } else if let end = matchingClose(of: index) {
                index = end + 1
            } else {
                index += 1
            }
        }
        finish(range.upperBound)
        return arguments
    }

    /// The value of a range that is exactly one plain string literal; otherwise a warning and `nil`.
    private mutating func stringLiteral(_ range: Range<Int>, what: String) -> String? {
        if range.count == 1, case .string(let value, let interpolated) = tokens[range.lowerBound].kind {
            if !interpolated { return value }
            warn("\(what) uses string interpolation; it is not read", at: range.lowerBound)
            return nil
        }
        warn("\(what) is not a plain string literal (a variable or expression); it is not read", at: range.first ?? max(range.lowerBound - 1, 0))
        return nil
    }

    /// For an opening bracket at `index`, the index of its closing bracket; `nil` for other tokens or when unclosed.
    private func matchingClose(of index: Int) -> Int? {
        index >= 0 && index < closes.count && closes[index] >= 0 ? closes[index] : nil
    }

    private func location(_ index: Int) -> SourceLocation {
        guard index < tokens.count else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: tokens[index].line, column: tokens[index].column)
    }

    private mutating func warn(_ message: String, at index: Int) {
        diagnostics.append(Diagnostic(.warning, message, at: location(index)))
    }
}
