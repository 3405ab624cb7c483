#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the folded bytes, the tokens and the contributions of one text lie in its scratch block, each part
/// starting on a 64-byte boundary.
struct ScratchLayout {
    /// Tokens, and contributions, the block has room for (`Tokenizer.tokenCapacity`).
    let tokenCapacity: Int
    /// Byte offsets of the parts.
    let folded = 0
    let tokens: Int
    let contributions: Int
    let byteCount: Int

    init(byteCount textCount: Int) {
        @inline(__always) func rounded(_ bytes: Int) -> Int { (bytes + 63) & ~63 }
        tokenCapacity = Tokenizer.tokenCapacity(textCount)
        tokens = rounded(Tokenizer.foldedCapacity(textCount))
        contributions = tokens + rounded(tokenCapacity * MemoryLayout<Token>.stride)
        byteCount = contributions + tokenCapacity * MemoryLayout<Contribution>.stride
        precondition(MemoryLayout<Token>.alignment <= 64 && MemoryLayout<Contribution>.alignment <= 64)
    }
}

/// A block of scratch memory per thread, kept from one text to the next, so that scoring a text allocates
/// nothing. A block needed while the thread's block is lent out (scoring inside scoring), or bigger than
/// `keptByteCount`, is allocated for the call and freed after it.
enum ScoringScratch {
    /// The largest block a thread keeps: room for texts of about 3.5 KB (a polled mention is ~700 bytes).
    static let keptByteCount = 256 * 1024
    /// Bytes before the usable block: its size and whether it is lent out.
    private static let headerByteCount = 64

    private struct Header {
        var byteCount: Int
        var isLent: Bool
    }

    /// The thread's block (its header), freed when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { block in free(block) }
        precondition(status == 0, "no thread-specific key for scoring scratch")
        return key
    }()

    /// Lends `body` at least `byteCount` bytes, 64-byte aligned, uninitialized.
    @inline(__always)
    static func with<Result>(byteCount: Int, _ body: (UnsafeMutableRawPointer) -> Result) -> Result {
        let key = key
        var block = pthread_getspecific(key)
        if let kept = block, kept.assumingMemoryBound(to: Header.self).pointee.isLent {
            return withFreshBlock(byteCount: byteCount, body)
        }
        if block == nil || block!.assumingMemoryBound(to: Header.self).pointee.byteCount < byteCount {
            guard byteCount <= keptByteCount else { return withFreshBlock(byteCount: byteCount, body) }
            block = replaceBlock(block, key: key, byteCount: byteCount)
        }
        let header = block!.assumingMemoryBound(to: Header.self)
        header.pointee.isLent = true
        defer { header.pointee.isLent = false }
        return body(block! + headerByteCount)
    }

    /// Frees the thread's old block, if any, and keeps a new one of at least `byteCount` bytes (4 KiB at least,
    /// so that short texts never grow it).
    @inline(never)
    private static func replaceBlock(_ old: UnsafeMutableRawPointer?, key: pthread_key_t, byteCount: Int) -> UnsafeMutableRawPointer {
        free(old)
        let size = max(byteCount, 4096)
        var block: UnsafeMutableRawPointer?
        guard posix_memalign(&block, 64, headerByteCount + size) == 0, let block else { fatalError("out of memory for scoring scratch") }
        block.initializeMemory(as: Header.self, to: Header(byteCount: size, isLent: false))
        pthread_setspecific(key, block)
        return block
    }

    @inline(never)
    private static func withFreshBlock<Result>(byteCount: Int, _ body: (UnsafeMutableRawPointer) -> Result) -> Result {
        let block = UnsafeMutableRawPointer.allocate(byteCount: max(1, byteCount), alignment: 64)
        defer { block.deallocate() }
        return body(block)
    }
}
