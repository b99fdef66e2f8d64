import Foundation
import SovScanModel

/// One licence or exception found in a text.
public struct LicenseTextMatch: Sendable, Hashable {
    /// The SPDX id.
    public let id: String
    /// Ids whose reference text is the same after normalisation (`GPL-3.0-or-later` for `GPL-3.0-only`): the
    /// text alone cannot tell them apart.
    public let alsoMatches: [String]
    public let isException: Bool
    /// 0...1: Sørensen–Dice similarity for a whole-file match, containment of the reference text otherwise.
    public let confidence: Double
}

/// What a licence file says.
public struct LicenseTextResult: Sendable, Hashable {
    /// Licences and exceptions found, strongest first; empty when unknown.
    public let matches: [LicenseTextMatch]
    /// The licences found joined with `AND` (an exception attached with `WITH` when one licence was found);
    /// `nil` when no licence was identified.
    public let expression: LicenseExpression?
    public let confidence: Double
    /// How the result was reached, or why the text is unknown.
    public let reason: String

    static func unknown(_ reason: String) -> LicenseTextResult {
        LicenseTextResult(matches: [], expression: nil, confidence: 0, reason: reason)
    }
}

/// Identifies licence texts (LICENSE, COPYING, LICENCE.md, NOTICE...) against every SPDX licence and exception.
///
/// The text is normalised (SPDX matching guidelines) and compared by Sørensen–Dice similarity of word-bigram
/// sets; an identical normalised text is found by hash first. Reference texts that the file contains almost
/// entirely are reported too, so a file holding several licences yields all of them. Below `threshold` the
/// result is unknown (the reason names the closest licence), never a guess. Thread-safe: all state is immutable.
public struct LicenseTextIdentifier: Sendable {
    /// Minimum similarity (and containment) for a licence to be reported.
    public static let threshold = 0.9
    /// Files larger than this are not licence texts (the longest SPDX licence is about 100 KB).
    public static let maximumBytes = 1 << 20
    /// Reference texts shorter than this many bigrams are only reported as whole-file matches.
    static let minimumContainedBigrams = 30
    /// A further licence must explain at least this many bigrams (and a fifth of its text) not explained yet.
    static let minimumNewBigrams = 10

    /// The reference texts, read on first use: most scans identify no licence file.
    let textIndex: LazyLicenseTextIndex
    let normalizer: TextNormalizer

    init(index: LicenseTextIndex, normalizer: TextNormalizer) {
        self.init(textIndex: LazyLicenseTextIndex(loaded: index), normalizer: normalizer)
    }

    init(textIndex: LazyLicenseTextIndex, normalizer: TextNormalizer) {
        self.textIndex = textIndex
        self.normalizer = normalizer
    }

    /// Reads `equivalent-words.json` from `rulesDirectory/licenses/` now and `text-index.json` when the first
    /// licence text is identified (a missing index file is an error now; an unreadable one makes each text
    /// unknown, with the reason).
    public init(rulesDirectory: URL) throws {
        self.init(
            textIndex: try LazyLicenseTextIndex(rulesDirectory: rulesDirectory),
            normalizer: try TextNormalizer.load(rulesDirectory: rulesDirectory))
    }

    /// Identifies the licence file at `path`, read through `reader` (only regular files, never more than
    /// `maximumBytes`); unreadable, binary and oversized files are unknown with a reason.
    public func identify(fileAt path: String, reader: FileReader = FileReader()) -> LicenseTextResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .unknown("licence file \(path) does not exist")
        }
        if isDirectory.boolValue { return .unknown("\(path) is a directory, not a licence file") }
        var capped = reader
        capped.maximumSize = Self.maximumBytes
        switch capped.read(path, reportedAs: path) {
        case .success(let bytes):
            return identify(bytes)
        case .failure(let diagnostic):
            return .unknown("licence file \(path) cannot be read: \(diagnostic.message)")
        }
    }

    /// Identifies a licence text given as bytes (UTF-8, Latin-1 or UTF-16 with a byte-order mark).
    public func identify(_ input: [UInt8]) -> LicenseTextResult {
        if input.count > Self.maximumBytes {
            return .unknown("text is larger than \(Self.maximumBytes) bytes: not a licence text")
        }
        var bytes = input
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                return .unknown("text has a UTF-16 byte-order mark but is not UTF-16")
            }
            bytes = Array(text.utf8)
        }
        if bytes.prefix(8192).contains(0) { return .unknown("binary file (contains NUL bytes): not a licence text") }
        let index: LicenseTextIndex
        switch textIndex.value {
        case .success(let loaded): index = loaded
        case .failure(let error): return .unknown("the licence text index cannot be loaded (\(error))")
        }

        let first = identifyNormalized(bytes[...], index)
        guard first.matches.isEmpty, let body = Self.afterTitle(bytes) else { return first }
        // A heading such as "# The XYZ License" is not part of the reference text and weighs on short texts.
        let second = identifyNormalized(body, index)
        guard !second.matches.isEmpty else { return first }
        return LicenseTextResult(
            matches: second.matches, expression: second.expression, confidence: second.confidence,
            reason: second.reason + " (first line read as a title)")
    }

    private func identifyNormalized(_ bytes: ArraySlice<UInt8>, _ index: LicenseTextIndex) -> LicenseTextResult {
        let words = normalizer.normalize(Array(bytes))
        guard words.words.count >= 2 else { return .unknown("no licence text (fewer than two words)") }
        if let number = index.exact[words.exactHash()] {
            let entry = index.entries[number]
            return result(
                [LicenseTextMatch(id: entry.id, alsoMatches: entry.twins, isException: entry.isException, confidence: 1)],
                reason: "text is exactly \(entry.id) (after normalisation)")
        }
        return compare(words.bigramHashes(), index)
    }

    /// The bytes after the first non-blank line, when that line is short enough to be a title.
    private static func afterTitle(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
        var start = 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        guard end < bytes.count, end - start <= 100 else { return nil }
        return bytes[(end + 1)...]
    }

    private func compare(_ file: [UInt32], _ index: LicenseTextIndex) -> LicenseTextResult {
        guard !file.isEmpty else { return .unknown("no licence text") }
        let counts = index.intersectionCounts(file)
        // Sørensen–Dice of the file and each reference text; optional parts count only where the file has them.
        var best = 0
        var bestScore = -1.0
        for (number, entry) in index.entries.enumerated() {
            let shared = Double(counts[2 * number] + counts[2 * number + 1])
            let size = Double(file.count + entry.bigrams.count) + Double(counts[2 * number + 1])
            let score = 2 * shared / size
            if score > bestScore {
                best = number
                bestScore = score
            }
        }
        var matches: [LicenseTextMatch] = []
        var removed = [Bool](repeating: false, count: file.count)
        var picked = Set<Int>()
        if bestScore >= Self.threshold {
            matches.append(match(index.entries[best], confidence: bestScore))
            picked.insert(best)
            mark(index.entries[best], in: file, removed: &removed)
        }
        // Further reference texts the file contains almost whole, each adding text not explained yet: several
        // licences in one file (variants of a licence already found add nothing new and are not reported).
        func contained(_ number: Int) -> Double {
            Double(counts[2 * number]) / Double(max(index.entries[number].bigrams.count, 1))
        }
        let candidates = index.entries.indices.filter { number in
            !picked.contains(number) && index.entries[number].bigrams.count >= Self.minimumContainedBigrams
                && contained(number) >= Self.threshold
        }
        while matches.count < 8 {
            var choice: (number: Int, fresh: Int)?
            for number in candidates where !picked.contains(number) {
                let entry = index.entries[number]
                let fresh = unexplained(entry, in: file, removed: removed)
                if fresh >= max(Self.minimumNewBigrams, entry.bigrams.count / 5), fresh > (choice?.fresh ?? 0) {
                    choice = (number, fresh)
                }
            }
            guard let choice else { break }
            matches.append(match(index.entries[choice.number], confidence: contained(choice.number)))
            picked.insert(choice.number)
            mark(index.entries[choice.number], in: file, removed: &removed)
        }
        guard !matches.isEmpty else {
            let closest = index.entries[best]
            return .unknown(
                "no licence text matches well enough (closest: \(closest.id), similarity "
                    + "\(Self.format(bestScore)) < \(Self.format(Self.threshold)))")
        }
        let explained = Double(removed.filter { $0 }.count) / Double(file.count)
        var reason = matches.map { "\($0.id) (\(Self.format($0.confidence)))" }.joined(separator: ", ")
        reason = (matches.count == 1 ? "text matches " : "text contains ") + reason
        if explained < 0.8 {
            reason += "; \(Int(((1 - explained) * 100).rounded()))% of the text is not part of these licences"
        }
        return result(matches, reason: reason, penalty: explained < 0.8 ? 0.9 : 1)
    }

    private func match(_ entry: LicenseTextIndex.Entry, confidence: Double) -> LicenseTextMatch {
        LicenseTextMatch(
            id: entry.id, alsoMatches: entry.twins, isException: entry.isException, confidence: min(confidence, 1))
    }

    private func result(_ matches: [LicenseTextMatch], reason: String, penalty: Double = 1) -> LicenseTextResult {
        let licenses = matches.filter { !$0.isException }.map(\.id)
        let exceptions = matches.filter(\.isException).map(\.id)
        var expression: LicenseExpression?
        if licenses.count == 1 {
            expression = .license(id: licenses[0], orLater: false, exception: exceptions.count == 1 ? exceptions[0] : nil)
        } else if licenses.count > 1 {
            expression = .and(licenses.sorted().map { .license(id: $0, orLater: false, exception: nil) })
        }
        let confidence = (matches.map(\.confidence).min() ?? 0) * penalty
        return LicenseTextResult(matches: matches, expression: expression, confidence: confidence, reason: reason)
    }

    /// How many bigrams of `entry` are in `file` (sorted) and not yet explained by another licence.
    private func unexplained(_ entry: LicenseTextIndex.Entry, in file: [UInt32], removed: [Bool]) -> Int {
        var count = 0
        for reference in [entry.bigrams, entry.optionalBigrams] {
            Self.walk(reference, file) { if !removed[$0] { count += 1 } }
        }
        return count
    }

    private func mark(_ entry: LicenseTextIndex.Entry, in file: [UInt32], removed: inout [Bool]) {
        var positions: [Int] = []
        for reference in [entry.bigrams, entry.optionalBigrams] {
            Self.walk(reference, file) { positions.append($0) }
        }
        for position in positions { removed[position] = true }
    }

    /// Calls `found` with the position in `file` of every hash both sorted arrays hold.
    private static func walk(_ reference: [UInt32], _ file: [UInt32], _ found: (Int) -> Void) {
        var i = 0
        var j = 0
        while i < reference.count, j < file.count {
            if reference[i] < file[j] {
                i += 1
            } else if reference[i] > file[j] {
                j += 1
            } else {
                found(j)
                i += 1
                j += 1
            }
        }
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
