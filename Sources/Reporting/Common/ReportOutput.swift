import Foundation

/// Where a report's bytes go while a writer makes them: a file handle, so that a report is never whole in memory
/// (issue 17: the CycloneDX and JSON documents of a large system are tens of megabytes each), or memory, for
/// callers that want the bytes. Writers gather their bytes in a buffer of about `chunkSize` and hand it over when
/// it is full. The first write that fails is kept, later bytes are dropped, and `finish` throws it: the layout
/// code need not handle an error at every append.
public final class ReportOutput {
    /// How many bytes a writer gathers before it hands them over.
    static let chunkSize = 1 << 16
    /// Takes each chunk; `nil` keeps the bytes in `data`.
    private let consumer: ((UnsafeRawBufferPointer) throws -> Void)?
    private var data = Data()
    private var failure: (any Error)?

    /// Bytes written to `handle` as they come.
    public convenience init(_ handle: FileHandle) {
        self.init { try handle.write(contentsOf: $0) }
    }

    /// Bytes given to `consumer` a chunk at a time.
    init(consumer: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.consumer = consumer
    }

    /// Bytes kept in memory, returned by `finish`.
    public init() {
        consumer = nil
    }

    /// Hands `bytes` over: to the consumer, or into memory.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !bytes.isEmpty else { return }
        guard let consumer else {
            data.append(contentsOf: bytes)
            return
        }
        do {
            try consumer(bytes)
        } catch {
            failure = error
        }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// The bytes kept in memory (none when they went elsewhere); throws the error of the first write that failed.
    @discardableResult
    public func finish() throws -> Data {
        if let failure { throw failure }
        return data
    }
}
