import Foundation

/// Builds an `Article` from a file's decoded text: front matter fields, then the publication date
/// from the front matter or, failing that, from the text's own statement of its date.
enum ArticleReader {
    static let knownKeys: Set<String> = ["title", "outlet", "published", "url", "language"]

    static func article(id: String, path: String, fileName: String, text: String, warnings: inout [LoadWarning]) -> Article {
        let matter = FrontMatter.parse(text)
        for message in matter.warnings { warnings.append(LoadWarning(file: fileName, message: message)) }
        // Cut at a line start (after the closing fence's newline): a valid UTF-8 boundary.
        let body = matter.bodyStartUTF8 == 0 ? text : String(text[text.utf8.index(text.startIndex, offsetBy: matter.bodyStartUTF8)...])
        var article = Article(id: id, title: nonEmpty(matter.fields["title"]), outlet: nonEmpty(matter.fields["outlet"]),
                              url: nonEmpty(matter.fields["url"]), language: nonEmpty(matter.fields["language"]),
                              body: body, path: path)
        // One warning about the date: a bad `published` value and what was done instead.
        var badPublished: String?
        if let raw = nonEmpty(matter.fields["published"]) {
            if let date = CalendarDate(iso: raw) {
                article.published = date
            } else {
                badPublished = "published '\(raw)' is not a real date (expected YYYY-MM-DD or an ISO 8601 timestamp)"
            }
        }
        if article.published == nil {
            if let inferred = PublicationDateInference.infer(from: body) {
                article.published = inferred.date
                article.publishedInferred = true
                let lead = badPublished.map { $0 + "; " } ?? "no publication date in front matter; "
                warnings.append(LoadWarning(file: fileName, message: lead + "inferred \(inferred.date.iso) from \"\(inferred.phrase)\""))
            } else if let badPublished {
                warnings.append(LoadWarning(file: fileName, message: badPublished + " and the text states no date; its undated sentences stay undated"))
            } else if !matter.warnings.isEmpty {
                // The front matter warning already names the problem; say what it costs there.
                let index = warnings.lastIndex { $0.file == fileName }!
                warnings[index].message += "; no publication date, so its undated sentences stay undated"
            } else {
                warnings.append(LoadWarning(file: fileName, message: "no publication date (front matter 'published' or a dated line in the text); its undated sentences stay undated"))
            }
        }
        return article
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        // A printable ASCII first character is not whitespace: no Foundation trim for most values.
        if let first = value.utf8.first, first > 0x20 && first < 0x7F { return value }
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }
}
