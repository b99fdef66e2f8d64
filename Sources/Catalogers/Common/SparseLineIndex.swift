/// Line and column lookup for byte offsets of a large text, in a few percent of the text's size: the line
/// number and the line start are kept for every 256-byte block, and a lookup counts the rest within one block.
/// (`LineIndex` keeps every line start, 8 bytes a line: a fifth of a pretty-printed JSON file.)
struct SparseLineIndex {
    private static let blockShift = 8
    private let bytes: [UInt8]
    /// The 1-based line at each block's first byte.
    private var blockLines: [UInt32] = []
    /// The offset of the line start at or before each block's first byte.
    private var blockLineStarts: [UInt32] = []

    /// Indexes `bytes` (at most 4 GiB; later offsets count as the last line).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let blockCount = (bytes.count >> Self.blockShift) + 1
        blockLines.reserveCapacity(blockCount)
        blockLineStarts.reserveCapacity(blockCount)
        var line: UInt32 = 1
        var lineStart: UInt32 = 0
        let limit = min(bytes.count, Int(UInt32.max))
        bytes.withUnsafeBufferPointer { buffer in
            for offset in 0..<limit {
                if offset & ((1 << Self.blockShift) - 1) == 0 {
                    blockLines.append(line)
                    blockLineStarts.append(lineStart)
                }
                if buffer[offset] == 0x0A {
                    line &+= 1
                    lineStart = UInt32(offset + 1)
                }
            }
        }
        if blockLines.isEmpty {
            blockLines.append(1)
            blockLineStarts.append(0)
        }
    }

    /// The 1-based line and column of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let block = min(clamped >> Self.blockShift, blockLines.count - 1)
        var line = Int(blockLines[block])
        var lineStart = Int(blockLineStarts[block])
        var index = block << Self.blockShift
        while index < clamped {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, clamped - lineStart + 1)
    }
}
