import Foundation
import SovScanModel

/// An image (not a stage) a `COPY --from=`/`ADD --from=` copies from.
public struct CopiedImage: Sendable, Hashable {
    public var image: String
    public var line: Int
}

/// One `FROM` of a Dockerfile: a build stage.
public struct DockerfileStage: Sendable, Hashable {
    /// The image after `ARG` substitution, as written otherwise (`maven:3.9-eclipse-temurin-21`).
    public var image: String
    /// The stage this one builds on, when `image` names an earlier stage (`FROM build AS test`).
    public var baseStage: Int?
    /// The `AS` name, lower-cased.
    public var alias: String?
    /// `--platform=` as written.
    public var platform: String?
    /// Images (not stages) copied from with `COPY --from=`/`ADD --from=` in this stage, with their lines.
    public var copiedImages: [CopiedImage]
    /// Stages copied from with `COPY --from=` in this stage.
    public var copiedStages: [Int]
    public var line: Int
}

/// Reads the stages of a Dockerfile/Containerfile: line continuations (with the `# escape=` directive), comments,
/// heredocs (`RUN <<EOF ... EOF`, skipped), global `ARG`s with defaults substituted into `FROM`, `AS` aliases, and
/// `COPY --from=`. Total: a `FROM` it cannot read becomes a diagnostic with its line.
public enum DockerfileParser {
    /// The stages in file order and the diagnostics.
    public static func parse(_ bytes: [UInt8], file: String) -> (stages: [DockerfileStage], diagnostics: [Diagnostic]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        var escape: Character = "\\"
        var stages: [DockerfileStage] = []
        var diagnostics: [Diagnostic] = []
        var globalArgs: [String: String] = [:]
        var index = 0
        var directivesAllowed = true
        while index < lines.count {
            let startLine = index + 1
            let first = lines[index].trimmingCharacters(in: .whitespaces)
            if first.hasPrefix("#") {
                if directivesAllowed, let value = directive("escape", in: first), let char = value.first,
                   char == "`" || char == "\\" {
                    escape = char
                }
                index += 1
                continue
            }
            directivesAllowed = false
            // Join continuation lines; comment lines inside a continuation are dropped, as Docker does.
            var logical = ""
            var current = first
            while true {
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if trimmed.last == escape {
                    logical += String(trimmed.dropLast()) + " "
                    index += 1
                    while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                        index += 1
                    }
                    guard index < lines.count else { break }
                    current = lines[index]
                } else {
                    logical += trimmed
                    index += 1
                    break
                }
            }
            let words = logical.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let instruction = words.first?.uppercased() else { continue }
            // Skip heredoc bodies so that their lines are not read as instructions.
            for delimiter in heredocDelimiters(words.dropFirst()) {
                while index < lines.count {
                    let line = lines[index]
                    index += 1
                    if line == delimiter || line.trimmingCharacters(in: .init(charactersIn: "\t")) == delimiter { break }
                }
            }
            switch instruction {
            case "ARG" where stages.isEmpty:
                for word in words.dropFirst() {
                    let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                    if parts.count == 2 { globalArgs[parts[0]] = unquoted(parts[1]) }
                }
            case "FROM":
                if let stage = fromStage(words, line: startLine, args: globalArgs, stages: stages, file: file,
                                         diagnostics: &diagnostics) {
                    stages.append(stage)
                }
            case "COPY", "ADD":
                guard !stages.isEmpty else { continue }
                for word in words.dropFirst() where word.lowercased().hasPrefix("--from=") {
                    let source = unquoted(String(word.dropFirst("--from=".count)))
                    let expanded = VariableSubstitution.expand(source, values: globalArgs).text
                    if let stage = stageIndex(expanded, in: stages) {
                        stages[stages.count - 1].copiedStages.append(stage)
                    } else {
                        stages[stages.count - 1].copiedImages.append(CopiedImage(image: expanded, line: startLine))
                    }
                }
            default:
                break
            }
        }
        if stages.isEmpty {
            diagnostics.append(Diagnostic(.warning, "no FROM instruction: the Dockerfile names no base image",
                                          at: SourceLocation(file: file)))
        }
        return (stages, diagnostics)
    }

    /// The stages whose content ends up in the final image: the last stage and the stages it builds on
    /// (`FROM <stage>`). Stages only copied from are build stages: their base images do not ship.
    public static func shippingStages(_ stages: [DockerfileStage]) -> Set<Int> {
        var result: Set<Int> = []
        var next: Int? = stages.indices.last
        while let index = next, result.insert(index).inserted {
            next = stages[index].baseStage
        }
        return result
    }

    private static func fromStage(_ words: [String], line: Int, args: [String: String], stages: [DockerfileStage],
                                  file: String, diagnostics: inout [Diagnostic]) -> DockerfileStage? {
        var rest = Array(words.dropFirst())
        var platform: String?
        while let flag = rest.first, flag.hasPrefix("--") {
            if flag.lowercased().hasPrefix("--platform=") { platform = String(flag.dropFirst("--platform=".count)) }
            rest.removeFirst()
        }
        guard let written = rest.first else {
            diagnostics.append(Diagnostic(.error, "FROM without an image", at: SourceLocation(file: file, line: line)))
            return nil
        }
        var alias: String?
        if rest.count >= 3, rest[1].uppercased() == "AS" {
            alias = rest[2].lowercased()
        } else if rest.count > 1 {
            diagnostics.append(Diagnostic(.warning, "FROM has unexpected words after the image: \(rest.dropFirst().joined(separator: " "))",
                                          at: SourceLocation(file: file, line: line)))
        }
        let (image, unresolved) = VariableSubstitution.expand(written, values: args)
        if !unresolved.isEmpty {
            diagnostics.append(Diagnostic(.warning, "FROM \(written): no default for \(unresolved.map { "$" + $0 }.joined(separator: ", ")) (a build argument decides the image)",
                                          at: SourceLocation(file: file, line: line)))
        }
        return DockerfileStage(image: image, baseStage: stageIndex(image, in: stages), alias: alias,
                               platform: platform, copiedImages: [], copiedStages: [], line: line)
    }

    /// The index of the stage `name` refers to: an earlier alias, or an index number.
    private static func stageIndex(_ name: String, in stages: [DockerfileStage]) -> Int? {
        let lower = name.lowercased()
        if let index = stages.lastIndex(where: { $0.alias == lower }) { return index }
        if let number = Int(name), number >= 0, number < stages.count { return number }
        return nil
    }

    /// The delimiters of the heredocs an instruction opens (`<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`).
    private static func heredocDelimiters(_ words: ArraySlice<String>) -> [String] {
        words.compactMap { word -> String? in
            guard let range = word.range(of: "<<") else { return nil }
            var name = word[range.upperBound...]
            if name.hasPrefix("-") { name = name.dropFirst() }
            let trimmed = String(name).trimmingCharacters(in: .init(charactersIn: "\"'"))
            guard let first = trimmed.first, first.isLetter || first == "_",
                  trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            return trimmed
        }
    }

    private static func directive(_ name: String, in comment: String) -> String? {
        let body = comment.dropFirst().trimmingCharacters(in: .whitespaces)
        let parts = body.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts[0].lowercased() == name else { return nil }
        return parts[1]
    }

    private static func unquoted(_ text: String) -> String {
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
