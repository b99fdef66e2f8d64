/// The bytes of a JSON document while `JSONOutput` lays it out: a growable buffer written through its pointer.
/// An append checks the room once and copies with `memcpy`, where `[UInt8]`'s appends checked the array's uniqueness
/// and capacity for every byte and copied a run through the generic sequence path: the appends of short keys, values
/// and indentation were about half of laying out the CycloneDX and JSON reports (issue 17, perf21).
/// A class, so that the `JSONOutput` handed `inout` down the layout writes into one buffer; no layout copies it.
final class JSONBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// A copy of the bytes written so far.
    var array: [UInt8] { Array(bytes) }

    /// Forgets the bytes written, keeping the room.
    func removeAll() { count = 0 }

    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let start = run.baseAddress, run.count > 0 else { return }
        reserve(run.count)
        (base + count).update(from: start, count: run.count)
        count += run.count
    }

    func append(_ run: [UInt8]) {
        run.withUnsafeBufferPointer { append($0) }
    }

    /// The UTF-8 bytes of `text`.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// `byte` `times` times (indentation).
    func append(_ byte: UInt8, times: Int) {
        guard times > 0 else { return }
        reserve(times)
        (base + count).update(repeating: byte, count: times)
        count += times
    }

    /// Room for `extra` more bytes: a comparison, inlined into every append; `grow` is the rare rest.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    /// Doubles the buffer, or more when `needed` is larger.
    @inline(never)
    private func grow(to needed: Int) {
        let grown = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }
}
