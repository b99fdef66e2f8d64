/// Git's names of objects: a commit, tree or blob id.
public enum GitObjectID {
    /// Whether `text` is an object id: 40 (SHA-1) or 64 (SHA-256) ASCII hexadecimal digits, as git writes them in
    /// `.git/HEAD`, refs and `Package.resolved` revisions.
    public static func isValid(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
