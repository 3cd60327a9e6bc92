import Foundation

/// The texts of claims tokens that do not fit a `ClaimsKey` (non-ASCII words, words over 16
/// bytes), interned for the life of the process, so that a token holds a number instead of a
/// `String` and stays a plain value (copied without reference counting). They are rare and
/// repeat (the corpus's vocabulary), so the table stays small; articles are tokenized in
/// parallel, so it takes a lock. An id only names its text: which thread interns first does
/// not matter.
final class ClaimsLongTexts: @unchecked Sendable {
    static let shared = ClaimsLongTexts()

    private let lock = NSLock()
    private var texts: [String] = []
    /// By bytes, not by `String` equality: canonically equal spellings ("café" composed or with a
    /// combining accent) are different texts here, since a token gives back its text as written.
    private var ids: [[UInt8]: Int32] = [:]

    func id(_ text: String) -> Int32 {
        let bytes = Array(text.utf8)
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[bytes] { return id }
        let id = Int32(texts.count)
        texts.append(text)
        ids[bytes] = id
        return id
    }

    func text(_ id: Int32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return texts[Int(id)]
    }
}
