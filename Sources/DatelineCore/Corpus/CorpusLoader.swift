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
        let paths = ArticlePaths(folder: folder)
        for name in articleNames {
            if let article = loadArticle(paths: paths, name: name, warnings: &warnings) {
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
        let articleNames = Self.sortedNames(Self.listArticleNames(folder.path))
        guard !articleNames.isEmpty else { throw CorpusError.noArticles(folder.path) }
        return articleNames
    }

    /// The folder's article names, unsorted. `readdir` and a byte test of the extension, because
    /// every index update lists the folder: `FileManager` and `NSString.pathExtension` took
    /// 0.2–0.3 s for 100k names.
    static func listArticleNames(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                let name = UnsafeBufferPointer(rebasing: bytes[0..<length])
                guard isArticleName(name) else { return nil }
                return String(decoding: name, as: UTF8.self)
            }
            if let name { names.append(name) }
        }
        return names
    }

    /// The order of `sorted()`. For ASCII names (byte order is then `String` order) the first
    /// sixteen bytes are compared as two integers, and whole names only within a run that ties:
    /// sorting 100k `String`s took longer than listing them.
    static func sortedNames(_ names: [String]) -> [String] {
        guard !names.isEmpty else { return [] }
        guard names.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return names.sorted() }
        func key(_ bytes: Substring.UTF8View) -> UInt64 {
            var key: UInt64 = 0
            var shift: UInt64 = 56
            for byte in bytes.prefix(8) {
                key |= UInt64(byte) << shift
                shift &-= 8
            }
            return key
        }
        var keyed = names.indices.map { i -> (UInt64, UInt64, Int) in
            let utf8 = names[i][...].utf8
            return (key(utf8), key(utf8.dropFirst(8)), i)
        }
        keyed.sort { $0 < $1 }
        var out = keyed.map { names[$0.2] }
        var runStart = 0
        for i in 1...keyed.count where i == keyed.count || keyed[i].0 != keyed[runStart].0 || keyed[i].1 != keyed[runStart].1 {
            if i - runStart > 1 { out[runStart..<i].sort() }
            runStart = i
        }
        return out
    }

    /// Not hidden, with one of `articleExtensions` in any case (after the last dot).
    static func isArticleName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = name.first, first != UInt8(ascii: "."), let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = name[(dot + 1)...]
        return articleExtensions.contains(String(decoding: ext, as: UTF8.self).lowercased())
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
        let article = loadArticle(paths: ArticlePaths(folder: folder), name: name, warnings: &warnings)
        return (article, warnings)
    }

    func loadArticle(paths: ArticlePaths, name: String, warnings: inout [LoadWarning]) -> Article? {
        let id = paths.id(of: name)
        let path = paths.path(of: name)
        let data = ArticleFileRead.regularFile(atPath: path, limit: Self.maximumArticleBytes + 1)
            ?? readAnyFile(url: paths.folder.appendingPathComponent(name), name: name, warnings: &warnings)
        guard var bytes = data else { return nil }
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
        return ArticleReader.article(id: id, path: path, fileName: name, text: decoded.text, warnings: &warnings)
    }

    /// Every file that is not simply a readable regular file: says why it cannot be read.
    private func readAnyFile(url: URL, name: String, warnings: inout [LoadWarning]) -> Data? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            warnings.append(LoadWarning(file: name, message: Self.unopenable(url.path)))
            return nil
        }
        if isDirectory.boolValue {
            warnings.append(LoadWarning(file: name, message: "is a folder, not an article; skipped"))
            return nil
        }
        // A named pipe would block the whole load until something writes to it; a device
        // (a link to /dev/zero) would be read to the size limit.
        var info = stat()
        if stat(url.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            warnings.append(LoadWarning(file: name, message: "is not a regular file (a pipe, socket or device); skipped"))
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
        return data
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
