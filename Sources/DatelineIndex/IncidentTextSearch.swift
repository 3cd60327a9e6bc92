import GRDB

/// Narrows `IncidentFilter`'s search (a case-insensitive substring of the headline or of a
/// passage) with FTS5, without changing its result: the incidents it returns are a superset of
/// those that match, which the caller then tests exactly.
///
/// FTS5 matches whole terms (or their prefixes), a substring can start inside a word: so each
/// word of the text is looked up among the terms of the index (`fts5vocab`), and an incident is
/// a candidate if its headline, or a sentence one of its mentions is cut from, has for every
/// word a term that contains it. A word's ASCII letters and digits are token characters for
/// FTS5's tokenizer, so a run of them in a passage lies inside one term, folded to lower case.
enum IncidentTextSearch {
    /// Above this many terms a word narrows little and makes a long query: it is left out.
    static let termLimit = 300

    /// Rowids of the incidents that may contain `text`; nil when FTS5 cannot narrow the search
    /// (text with characters outside ASCII, no letter or digit, or only very common words).
    static func candidates(_ db: Database, containing text: String) throws -> Set<Int64>? {
        let needle = text.lowercased()
        guard needle.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        let words = needle.unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }.map { String($0) }
        guard !words.isEmpty else { return nil }
        guard let headlines = try query(db, table: "incidents_fts", words: words),
              let sentences = try query(db, table: "sentences_fts", words: words) else { return nil }
        return try IndexSearch.incidentRowids(db, headlines: headlines, sentences: sentences)
    }

    /// The FTS5 query that every row of `table` containing all `words` matches: `.some(nil)`
    /// when some word is in no term (no row can match), nil when no word narrows anything.
    private static func query(_ db: Database, table: String, words: [String]) throws -> String?? {
        let vocabulary = "temp.dateline_\(table)_vocab"
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS \(vocabulary) USING fts5vocab(main, \(table), 'row')")
        // One pass over the terms (reading them walks the whole FTS index) for all the words.
        let words = Set(words).sorted()
        var terms = Array(repeating: [String](), count: words.count)
        let rows = try String.fetchCursor(db, sql: "SELECT term FROM \(vocabulary)")
        while let term = try rows.next() {
            for (i, word) in words.enumerated() where terms[i].count <= termLimit && occurs(word, in: term) {
                terms[i].append(term)
            }
        }
        if terms.contains(where: \.isEmpty) { return .some(nil) }
        let clauses = terms.filter { $0.count <= termLimit }.map { list in
            "(" + list.map(IndexSearch.quoted).joined(separator: " OR ") + ")"
        }
        return clauses.isEmpty ? nil : .some(clauses.joined(separator: " AND "))
    }
}

/// Whether the bytes of `needle` occur in those of `text`.
private func occurs(_ needle: String, in text: String) -> Bool {
    let hay = Array(text.utf8), pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return true }
    guard pattern.count <= hay.count else { return false }
    for start in 0...(hay.count - pattern.count) where hay[start] == pattern[0] && hay[start..<start + pattern.count].elementsEqual(pattern) {
        return true
    }
    return false
}
