/// sovscan's version, written into reports and printed by `--version`.
public enum SovScanVersion {
    public static let current = "0.1.0"
}
