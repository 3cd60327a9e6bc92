#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scratch bytes of the per-clause stages, kept per thread between calls: allocated per clause
/// they were a heap allocation and free each time (≈3 M of the 45 M instructions of key terms at
/// 1k; ≈1,000 instructions per sentence for the claims tokens, plus a second scan when a guessed
/// capacity fell short). Per thread, not per extractor: articles run on several threads at once.
/// (A per-thread cache of the key-term `String`s was tried too: a lookup cost what building a
/// small string does, so terms are still built per clause.)
final class ThreadScratch {
    /// Who uses a space: each user has its own, so one may call another while holding its space.
    enum User: Int, CaseIterable {
        /// `KeyTermExtractor.terms(in:)`: term list, index and arena.
        case keyTerms
        /// `ClaimsTokenizer`: room for a token per byte, copied out exactly.
        case claimsTokens
    }

    /// Behind a pointer: a class's stored `var`s are checked for exclusive access at run time at
    /// every read and write (≈75 instructions each).
    private let state: UnsafeMutablePointer<(space: UnsafeMutableRawPointer?, bytes: Int)>

    private init() {
        state = .allocate(capacity: User.allCases.count)
        state.initialize(repeating: (nil, 0), count: User.allCases.count)
    }

    deinit {
        for k in User.allCases.indices { state[k].space?.deallocate() }
        state.deallocate()
    }

    /// At least `byteCount` bytes, 8-aligned, valid until `user`'s next call on this thread.
    @inline(__always)
    func space(for user: User, byteCount: Int) -> UnsafeMutableRawPointer {
        let slot = state + user.rawValue
        if byteCount > slot.pointee.bytes { grow(slot, to: byteCount) }
        return slot.pointee.space!
    }

    @inline(never)
    private func grow(_ slot: UnsafeMutablePointer<(space: UnsafeMutableRawPointer?, bytes: Int)>, to byteCount: Int) {
        slot.pointee.space?.deallocate()
        let bytes = max(byteCount, 2 * slot.pointee.bytes, 4096)
        slot.pointee = (UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 8), bytes)
    }

    /// This thread's scratch.
    static var current: ThreadScratch {
        let key = threadKey
        if let p = pthread_getspecific(key) { return Unmanaged<ThreadScratch>.fromOpaque(p).takeUnretainedValue() }
        let made = ThreadScratch()
        pthread_setspecific(key, Unmanaged.passRetained(made).toOpaque())
        return made
    }

    /// Released with its thread.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { p in
            guard let p else { return }
            Unmanaged<ThreadScratch>.fromOpaque(p).release()
        }
        precondition(status == 0, "pthread_key_create failed")
        return key
    }()
}
