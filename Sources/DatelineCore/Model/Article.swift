/// One article of a corpus: its front matter and its body text.
public struct Article: Codable, Sendable, Hashable {
    /// The file name without its extension.
    public var id: String
    public var title: String?
    public var outlet: String?
    /// Publication date: from front matter, or inferred from the text (`publishedInferred`).
    public var published: CalendarDate?
    public var publishedInferred: Bool
    public var url: String?
    public var language: String?
    /// The text below the front matter. Every offset in the model points into this string,
    /// counted in Unicode scalars.
    public var body: String
    /// Path of the file it was read from (empty for texts given on the command line).
    public var path: String

    public init(id: String, title: String? = nil, outlet: String? = nil, published: CalendarDate? = nil,
                publishedInferred: Bool = false, url: String? = nil, language: String? = nil,
                body: String, path: String = "") {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.publishedInferred = publishedInferred
        self.url = url
        self.language = language
        self.body = body
        self.path = path
    }

    /// The outlet's name for display; the article id when the outlet is not named.
    public var displayOutlet: String { outlet ?? id }
}

/// A problem met while loading a corpus. Loading never stops on one: the article is skipped
/// or loaded as well as it can be, and the warning names the file.
public struct LoadWarning: Codable, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
