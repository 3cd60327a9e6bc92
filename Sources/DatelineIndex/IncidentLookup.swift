import DatelineCore
import Foundation
import GRDB

/// `dateline show ID` straight from the index: the incidents whose id starts with the given
/// text (or is `ev-` and the text), found through the index on `incidents.id`, and the one
/// incident with only the articles it cites.
public struct IncidentLookup {
    public enum Result {
        /// No incident has the id.
        case none
        /// Several have: how many, and the first ids in timeline order.
        case ambiguous(count: Int, first: [String])
        /// The incident, and a lookup of the articles it cites (the first file with each id,
        /// as `EventModel.article`).
        case found(Incident, articles: [String: Article])
    }

    let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// The incidents `model.incidents.filter { $0.id.hasPrefix(id) || $0.id == "ev-" + id }`
    /// would give; `shown` of their ids when there are several.
    public func find(_ id: String, shown: Int = 5) throws -> Result {
        // Ids are ASCII; a byte range is a prefix match once the text is in composed form (as
        // String comparison sees it).
        let prefix = id.precomposedStringWithCanonicalMapping
        let matching = "((id >= ?1 AND id < ?2) OR id = ?3)"
        let arguments: StatementArguments = [prefix, prefix + "\u{10FFFF}", "ev-" + prefix]
        return try database.pool.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents WHERE \(matching)", arguments: arguments) ?? 0
            if count == 0 { return .none }
            if count > 1 {
                let first = try String.fetchAll(db, sql: "SELECT id FROM incidents WHERE \(matching) ORDER BY \(IndexSchema.timelineOrder) LIMIT \(shown)",
                                                arguments: arguments)
                return .ambiguous(count: count, first: first)
            }
            guard let json = try Data.fetchOne(db, sql: "SELECT json FROM incidents WHERE \(matching)", arguments: arguments) else { return .none }
            let decoder = JSONDecoder()
            let incident = try decoder.decode(Incident.self, from: json)
            var articles: [String: Article] = [:]
            let article = try db.cachedStatement(sql: "SELECT json FROM articles WHERE id = ? ORDER BY file LIMIT 1")
            for articleID in Set(incident.mentions.map(\.articleID)) {
                if let data = try Data.fetchOne(article, arguments: [articleID]) { articles[articleID] = try decoder.decode(Article.self, from: data) }
            }
            return .found(incident, articles: articles)
        }
    }
}
