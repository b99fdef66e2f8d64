#if canImport(Glibc)
import CMalloc
#endif

/// Settings of the C library's allocator, made once when the process starts.
enum AllocatorSettings {
    /// Blocks of 1 MiB or more get their own mapping, given back when freed. glibc starts at 128 KiB and raises the
    /// threshold each time such a block is freed, up to 32 MiB, so a scan's peak memory depended on the order in
    /// which its large buffers (documents read, reports built) came and went: the big benchmark corpus peaked at
    /// 151 or 165 MB with the same code. A fixed threshold makes the peak repeatable and lower (148 MB there; the
    /// 200-system portfolio 76 instead of 82 MB) at no measured cost in time (issue 17).
    static func apply() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
        #endif
    }
}
