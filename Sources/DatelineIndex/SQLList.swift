/// `IN (…)` lists of bound values, cut into chunks well under SQLite's limit on host parameters.
enum SQLList {
    static let chunkSize = 500

    /// `items` in chunks of at most `chunkSize`, in order.
    static func chunks<T>(_ items: [T]) -> [[T]] {
        stride(from: 0, to: items.count, by: chunkSize).map { Array(items[$0..<min(items.count, $0 + chunkSize)]) }
    }

    /// "?,?,…" with `count` placeholders.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
