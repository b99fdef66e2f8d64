extension HelmCataloger {
    /// Whether a template writes `{{ .Values.<path>.repository }}/`: the repository is then a registry prefix the
    /// template completes with an image name (`{{ .Values.images.repository }}/adservice:{{ ... }}`), not an image.
    public static func completesRepository(_ path: String, in templates: [[UInt8]]) -> Bool {
        let reference = Array(".Values.\(path).repository".utf8)
        for text in templates {
            var index = text.startIndex
            while let found = text[index...].firstRange(of: reference) {
                var next = found.upperBound
                while next < text.endIndex, text[next] == UInt8(ascii: " ") || text[next] == UInt8(ascii: "-") { next += 1 }
                if text[next...].starts(with: Array("}}/".utf8)) { return true }
                index = found.upperBound
            }
        }
        return false
    }
}
