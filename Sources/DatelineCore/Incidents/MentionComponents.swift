/// Splits a corpus's mentions into parts that cluster independently, holding only integers.
///
/// Clustering merges only along linked pairs (`MentionLinker`: a shared posting key that
/// proposes pairs, and a score of at least half the threshold), so any union of connected
/// components of that graph clusters alone to the incidents a whole-corpus run gives. Joining
/// every posting list that proposes pairs (length ≤ `maximumPostings`) gives such unions without
/// scoring anything: one union-find entry per mention. A part that is still large (shared words
/// percolate on big corpora) is split into its linked components by `Pipeline.linkedComponents`.
public struct MentionComponents {
    private var parent: [Int32]

    /// Mentions are the indices `0..<count` (corpus order).
    public init(count: Int) {
        parent = (0..<Int32(count)).map { $0 }
    }

    public mutating func find(_ x: Int32) -> Int32 {
        var x = x
        while parent[Int(x)] != x {
            parent[Int(x)] = parent[Int(parent[Int(x)])]
            x = parent[Int(x)]
        }
        return x
    }

    /// Puts `a` and `b` in one part.
    public mutating func join(_ a: Int32, _ b: Int32) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[Int(max(ra, rb))] = min(ra, rb) }
    }

    /// Puts every member of a posting list in one part.
    public mutating func join(list members: [Int32]) {
        guard let first = members.first else { return }
        for other in members.dropFirst() { join(first, other) }
    }

    /// The parts, each ascending (corpus order), ordered by their first mention.
    public mutating func parts() -> [[Int32]] {
        var slot: [Int32: Int] = [:]
        var result: [[Int32]] = []
        for i in parent.indices {
            let root = find(Int32(i))
            if let s = slot[root] { result[s].append(Int32(i)) } else {
                slot[root] = result.count
                result.append([Int32(i)])
            }
        }
        return result
    }
}

extension Pipeline {
    /// The connected components of the linked graph inside `part` (a union of them, ascending),
    /// each ascending, ordered by first mention. `lists` are the pair-proposing posting lists that
    /// meet the part (members outside it are ignored); `mention` is asked once per member, in
    /// order, so a caller may decode them one at a time. `postingCounts` must hold the corpus-wide
    /// count of every posting key of the part's mentions.
    public func linkedComponents(of part: [Int32], lists: [[Int32]], mention: (Int32) throws -> Mention,
                                 postingCounts: [String: Int], mentionCount: Int, anchor: CalendarDate?) rethrows -> [[Int32]] {
        var linker = linker(postingCounts: postingCounts, mentionCount: mentionCount, anchor: anchor)
        var local: [Int32: Int32] = [:]
        for (i, m) in part.enumerated() {
            local[m] = Int32(i)
            linker.profile(try mention(m), key: Int64(i))
        }
        var components = MentionComponents(count: part.count)
        for list in lists {
            let members = list.compactMap { local[$0] }
            // Every pair of the list (as the clusterer proposes them); pairs already in one
            // component need no score.
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] where components.find(a) != components.find(b) {
                    if linker.linked(key: Int64(a), key: Int64(b)) { components.join(a, b) }
                }
            }
        }
        return components.parts().map { $0.map { part[Int($0)] } }
    }

    /// Incidents of `mentions` (in corpus order) clustered part by part: posting lists joined
    /// into parts, parts above `splitAbove` mentions split into linked components, each clustered
    /// with the corpus-wide statistics. Equal to `incidents(from:)` (the tests' reference for
    /// what the index's `FullClustering` does from its tables without holding every mention).
    func incidentsByComponent(from mentions: [Mention], info: CorpusInfo, articles: [Article], splitAbove: Int) -> [Incident] {
        var counts: [String: Int] = [:]
        var lists: [String: [Int32]] = [:]
        for (i, m) in mentions.enumerated() {
            for key in Self.postingKeys(of: m) {
                counts[key, default: 0] += 1
                lists[key, default: []].append(Int32(i))
            }
        }
        let proposing = lists.filter { $0.value.count <= maximumPostings }.sorted { $0.key < $1.key }.map(\.value)
        var components = MentionComponents(count: mentions.count)
        for list in proposing { components.join(list: list) }
        var parts: [[Int32]] = []
        for part in components.parts() {
            if part.count > splitAbove {
                parts += linkedComponents(of: part, lists: proposing, mention: { mentions[Int($0)] },
                                          postingCounts: counts, mentionCount: mentions.count, anchor: info.anchor)
            } else {
                parts.append(part)
            }
        }
        var all: [Incident] = []
        for part in parts {
            let members = part.map { mentions[Int($0)] }
            let partCounts = Dictionary(uniqueKeysWithValues: Set(members.flatMap { Self.postingKeys(of: $0) }).map { ($0, counts[$0]!) })
            let ids = Set(members.map(\.articleID))
            all += incidents(fromPart: members, postingCounts: partCounts, mentionCount: mentions.count, info: info,
                             articles: articles.filter { ids.contains($0.id) })
        }
        return Timeline.order(all)
    }
}
