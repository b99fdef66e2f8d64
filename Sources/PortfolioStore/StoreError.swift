/// Why the store could not be used. Every case reads as a sentence naming the store; none carries a password.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The `--store` value is not a store location.
    case badLocation(String)
    /// The store does not exist (reading commands do not create one).
    case missing(String)
    /// The store cannot be opened or reached.
    case unreachable(store: String, reason: String)
    /// The store can be read but not written (file permissions, a read-only database).
    case readOnly(store: String, reason: String)
    /// The disk or the database is full.
    case full(store: String, reason: String)
    /// The store is not a sovscan store, or is damaged.
    case corrupt(store: String, reason: String)
    /// A newer sovscan wrote the store.
    case newerSchema(store: String, found: Int, supported: Int)
    /// Any other failure of the database.
    case failed(store: String, reason: String)

    public var description: String {
        switch self {
        case .badLocation(let message): "--store: \(message)"
        case .missing(let store): "store \(store) does not exist (record a run with scan/check --store first)"
        case .unreachable(let store, let reason): "store \(store) cannot be opened: \(reason)"
        case .readOnly(let store, let reason): "store \(store) is read-only, the run was not recorded: \(reason)"
        case .full(let store, let reason): "store \(store) is full, the run was not recorded: \(reason)"
        case .corrupt(let store, let reason): "store \(store) is damaged or not a sovscan store: \(reason)"
        case .newerSchema(let store, let found, let supported):
            "store \(store) has schema version \(found), newer than the \(supported) this sovscan knows; upgrade sovscan"
        case .failed(let store, let reason): "store \(store): \(reason)"
        }
    }
}
