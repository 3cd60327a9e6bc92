import DatelineResources
import Foundation

/// Why a corpus could not be opened at all (one bad article never gets here: it becomes a warning).
public enum CorpusError: Error, CustomStringConvertible {
    case notFound(String)
    case notAFolder(String)
    case noArticles(String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "corpus folder \(path) does not exist; pass --corpus with a folder of .txt or .md articles"
        case .notAFolder(let path):
            return "\(path) is a file, not a folder; pass --corpus with a folder of .txt or .md articles"
        case .noArticles(let path):
            return "corpus folder \(path) holds no articles; expected .txt or .md files (UTF-8, optional YAML front matter)"
        }
    }
}

/// Reads a corpus folder: every `.txt`/`.md` file in it (not in subfolders), in name order, and
/// the optional `corpus.yml`.
public struct CorpusLoader: Sendable {
    public struct Result: Sendable {
        public var info: CorpusInfo
        public var articles: [Article]
        public var warnings: [LoadWarning]
    }

    public static let articleExtensions: Set<String> = ["txt", "md"]
    /// Larger articles are cut to this size so that one huge file cannot exhaust memory.
    public static let maximumArticleBytes = 2_000_000

    public init() {}

    /// The corpus shipped inside the binary's resource bundle.
    public static var embeddedCorpusURL: URL? {
        DatelineResources.url("corpus/kursk-2024")
    }

    public func load(folder: URL) throws -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw CorpusError.notFound(folder.path)
        }
        let articleNames = try articleFileNames(in: folder)
        var warnings: [LoadWarning] = []
        let info = readCorpusInfo(folder: folder, warnings: &warnings)
        var articles: [Article] = []
        for name in articleNames {
            let url = folder.appendingPathComponent(name)
            if let article = loadArticle(url: url, name: name, warnings: &warnings) {
                articles.append(article)
            }
        }
        return Result(info: info, articles: articles, warnings: warnings)
    }

    /// The article files of a folder, in the order `load` reads them. Throws as `load` does.
    public func articleFileNames(in folder: URL) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw CorpusError.notFound(folder.path)
        }
        guard isDirectory.boolValue else { throw CorpusError.notAFolder(folder.path) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let articleNames = names
            .filter { Self.articleExtensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }
            .sorted()
        guard !articleNames.isEmpty else { throw CorpusError.noArticles(folder.path) }
        return articleNames
    }

    /// The corpus name and anchor (from `corpus.yml`), with its warnings: what `load` puts first.
    public func corpusInfo(folder: URL) -> (info: CorpusInfo, warnings: [LoadWarning]) {
        var warnings: [LoadWarning] = []
        let info = readCorpusInfo(folder: folder, warnings: &warnings)
        return (info, warnings)
    }

    /// One article file as `load` reads it: the article (nil when skipped) and its warnings.
    public func loadArticle(folder: URL, name: String) -> (article: Article?, warnings: [LoadWarning]) {
        var warnings: [LoadWarning] = []
        let article = loadArticle(url: folder.appendingPathComponent(name), name: name, warnings: &warnings)
        return (article, warnings)
    }

    func loadArticle(url: URL, name: String, warnings: inout [LoadWarning]) -> Article? {
        let id = (name as NSString).deletingPathExtension
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            warnings.append(LoadWarning(file: name, message: Self.unopenable(url.path)))
            return nil
        }
        if isDirectory.boolValue {
            warnings.append(LoadWarning(file: name, message: "is a folder, not an article; skipped"))
            return nil
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: Self.maximumArticleBytes + 1) ?? Data()
        } catch {
            warnings.append(LoadWarning(file: name, message: "cannot be read (\(Self.reason(error))); skipped"))
            return nil
        }
        var bytes = data
        if bytes.count > Self.maximumArticleBytes {
            bytes = bytes.prefix(Self.maximumArticleBytes)
            warnings.append(LoadWarning(file: name, message: "is larger than \(Self.maximumArticleBytes / 1_000_000) MB; read only its first \(Self.maximumArticleBytes / 1_000_000) MB"))
        }
        let decoded: ArticleDecoder.Decoded
        do {
            decoded = try ArticleDecoder.decode(bytes)
        } catch {
            switch error {
            case .empty: warnings.append(LoadWarning(file: name, message: "is empty; skipped"))
            case .binary: warnings.append(LoadWarning(file: name, message: "is a binary file, not text; skipped"))
            }
            return nil
        }
        for message in decoded.warnings { warnings.append(LoadWarning(file: name, message: message)) }
        return ArticleReader.article(id: id, path: url.path, fileName: name, text: decoded.text, warnings: &warnings)
    }

    private func readCorpusInfo(folder: URL, warnings: inout [LoadWarning]) -> CorpusInfo {
        let fallbackName = folder.lastPathComponent
        let url = folder.appendingPathComponent("corpus.yml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return CorpusInfo(name: fallbackName, anchor: nil, path: folder.path)
        }
        let matter = FrontMatter.parse("---\n" + text + "\n---\n")
        for message in matter.warnings { warnings.append(LoadWarning(file: "corpus.yml", message: message)) }
        var anchor: CalendarDate?
        if let raw = matter.fields["anchor"] {
            anchor = CalendarDate(iso: raw)
            if anchor == nil {
                warnings.append(LoadWarning(file: "corpus.yml", message: "anchor '\(raw)' is not a date (YYYY-MM-DD); the timeline starts at the earliest incident"))
            }
        }
        return CorpusInfo(name: matter.fields["name"] ?? fallbackName, anchor: anchor, path: folder.path)
    }

    /// Why a listed name cannot be opened: stat's errno tells a link loop from a dangling link.
    static func unopenable(_ path: String) -> String {
        var info = stat()
        if stat(path, &info) != 0 {
            switch errno {
            case ELOOP: return "is a symbolic link loop; skipped"
            case ENOENT: return "is a broken link (its target does not exist); skipped"
            default: return "cannot be opened (\(String(cString: strerror(errno)))); skipped"
            }
        }
        return "cannot be opened; skipped"
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }
}
