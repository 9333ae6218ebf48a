import Foundation

/// One Markdown file of `content/`, read and split: its typed front matter and
/// its Markdown body, which the render stage turns into HTML.
///
/// A class that never changes once read: a page and every copy of it share one
/// document, where copying a struct of some twenty texts retained each of them
/// (a fifth of the CPU of a build with one page edited). A document known from
/// the build cache (`SourceRecords`) holds its front matter without its file
/// having been read: its body is read the first time a page is rendered from it.
public final class SourceDocument: @unchecked Sendable {
    /// The path shown in findings: `content/fr/chapitres/budget.md`.
    public let file: String
    public let language: Language
    /// The path inside the language's folder: `chapitres/budget.md`.
    public let path: String
    public let frontMatter: FrontMatter
    /// The line of the file on which the body starts.
    public let bodyFirstLine: Int
    /// The digest of the front matter's text, for the build cache's `RenderFrame`; nil when not taken.
    let frontMatterDigest: ContentDigest?
    /// The digest of the body and the line it starts on: a page whose frame and body digest are the
    /// last build's is kept as that build published it.
    let bodyDigest: ContentDigest
    /// Where the body is read from when it is first asked for; nil when it was read with the front matter.
    private let unreadBody: String?
    private let lock = NSLock()
    private var readBody: Result<String, DiagnosticError>?

    convenience init(file: String, language: Language, path: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int,
                     frontMatterDigest: ContentDigest? = nil) {
        self.init(file: file, language: language, path: path, frontMatter: frontMatter, bodyFirstLine: bodyFirstLine,
                  frontMatterDigest: frontMatterDigest, bodyDigest: Self.digest(ofBody: body, firstLine: bodyFirstLine),
                  body: .success(body), unreadBody: nil)
    }

    /// A document whose front matter and digests the build cache gave, and whose body is read from `fullPath` when asked for.
    convenience init(file: String, language: Language, path: String, frontMatter: FrontMatter, bodyFirstLine: Int,
                     frontMatterDigest: ContentDigest, bodyDigest: ContentDigest, bodyIn fullPath: String) {
        self.init(file: file, language: language, path: path, frontMatter: frontMatter, bodyFirstLine: bodyFirstLine,
                  frontMatterDigest: frontMatterDigest, bodyDigest: bodyDigest, body: nil, unreadBody: fullPath)
    }

    private init(file: String, language: Language, path: String, frontMatter: FrontMatter, bodyFirstLine: Int,
                 frontMatterDigest: ContentDigest?, bodyDigest: ContentDigest, body: Result<String, DiagnosticError>?, unreadBody: String?) {
        self.file = file
        self.language = language
        self.path = path
        self.frontMatter = frontMatter
        self.bodyFirstLine = bodyFirstLine
        self.frontMatterDigest = frontMatterDigest
        self.bodyDigest = bodyDigest
        readBody = body
        self.unreadBody = unreadBody
    }

    /// Whether the file's body has not been read: the document came from the build cache.
    var isFromRecord: Bool {
        unreadBody != nil
    }

    /// The Markdown body, read from the file the first time for a document from the build cache.
    func markdown() throws(DiagnosticError) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let readBody { return try readBody.get() }
        let result: Result<String, DiagnosticError>
        do throws(DiagnosticError) {
            let text = try SourceText.read(path: unreadBody ?? "", displayPath: file)
            result = .success(try FrontMatterParser.split(text, file: file).body)
        } catch {
            result = .failure(error)
        }
        readBody = result
        return try result.get()
    }

    /// The Markdown body; empty when the file of a document from the build cache can no longer be read
    /// (the renderer, which reads it through `markdown()`, reports why).
    public var body: String {
        (try? markdown()) ?? ""
    }

    static func digest(ofBody body: String, firstLine: Int) -> ContentDigest {
        var hasher = ContentDigest.Hasher()
        hasher.add(body)
        hasher.add(UInt64(firstLine))
        return hasher.digest
    }
}
