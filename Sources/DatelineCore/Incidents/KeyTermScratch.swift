#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The scratch bytes of `KeyTermExtractor.terms(in:)` (term list, index and arena), kept per thread
/// between clauses: allocated per clause they were a heap allocation and free each time (≈3 M of
/// the 45 M instructions of key terms at 1k). Per thread, not per extractor: articles run on
/// several threads at once. (A per-thread cache of the term `String`s was tried too: a lookup
/// cost what building a small string does, so terms are still built per clause.)
final class KeyTermScratch {
    /// Behind a pointer: a class's stored `var`s are checked for exclusive access at run time at
    /// every read and write (≈75 instructions each).
    private let state: UnsafeMutablePointer<(space: UnsafeMutableRawPointer?, bytes: Int)>

    private init() {
        state = .allocate(capacity: 1)
        state.initialize(to: (nil, 0))
    }

    deinit {
        state.pointee.space?.deallocate()
        state.deallocate()
    }

    /// At least `byteCount` bytes, 8-aligned, valid until the next call on this thread.
    func space(byteCount: Int) -> UnsafeMutableRawPointer {
        if byteCount > state.pointee.bytes {
            state.pointee.space?.deallocate()
            let bytes = max(byteCount, 2 * state.pointee.bytes, 4096)
            state.pointee = (UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 8), bytes)
        }
        return state.pointee.space!
    }

    /// This thread's scratch.
    static var current: KeyTermScratch {
        let key = threadKey
        if let p = pthread_getspecific(key) { return Unmanaged<KeyTermScratch>.fromOpaque(p).takeUnretainedValue() }
        let made = KeyTermScratch()
        pthread_setspecific(key, Unmanaged.passRetained(made).toOpaque())
        return made
    }

    /// Released with its thread.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { p in
            guard let p else { return }
            Unmanaged<KeyTermScratch>.fromOpaque(p).release()
        }
        precondition(status == 0, "pthread_key_create failed")
        return key
    }()
}
