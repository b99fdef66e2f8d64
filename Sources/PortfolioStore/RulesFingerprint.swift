import Foundation

/// Names the rules a run was classified with: the bundled rules' format and a fingerprint of every rule file's
/// path and bytes (FNV-1a, 64 bits), so two runs with the same fingerprint used the same rules.
public enum RulesFingerprint {
    /// `format 1, rules 0123456789abcdef` for the given rule folders (bundled first, then layers).
    public static func of(directories: [URL]) -> String {
        var hash = Hash()
        var format = "?"
        for directory in directories {
            let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []).sorted()
            for file in files {
                let url = directory.appendingPathComponent(file)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      let data = FileManager.default.contents(atPath: url.path) else { continue }
                var name = Array(file.utf8)
                name.append(0)
                hash.mix(name)
                hash.mix(data)
                if file == "sovscan-rules.yml", format == "?" { format = formatLine(data) ?? "?" }
            }
        }
        let hex = String(hash.value, radix: 16)
        return "format \(format), rules \(String(repeating: "0", count: 16 - hex.count) + hex)"
    }

    /// FNV-1a over the bytes of each piece in turn, read from their storage (the 3 MB of the bundled rules in a
    /// few milliseconds; through `Sequence` one byte at a time it took about 20).
    struct Hash {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func mix(_ bytes: some ContiguousBytes) {
            value = bytes.withUnsafeBytes { buffer in
                var hash = value
                for byte in buffer {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
                return hash
            }
        }
    }

    private static func formatLine(_ data: Data) -> String? {
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where line.hasPrefix("format:") {
            return line.dropFirst("format:".count).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
