import Foundation

/// `revue pdf`: the whole review in one document per language (cover, royal
/// message, editorial, Sommaire, chapters in order), written beside a full
/// build of the site so that its stylesheet and images load, for Chromium to
/// print.
public struct PrintEdition: Sendable {
    public static let templateName = "print"

    let options: BuildOptions
    /// In a review published as a series, the number of the issue to print; the latest when nil.
    let issue: Int?

    public init(options: BuildOptions, issue: Int? = nil) {
        self.options = options
        self.issue = issue
    }

    /// One edition written: its language and its HTML file.
    public struct Document: Sendable {
        public let language: Language
        public let html: URL
        /// `revue-2-fr.pdf`.
        public let pdfName: String
    }

    /// Builds the site into `options.output` and writes there `print-CODE.html` for each of `languages` (all when nil).
    public func write(languages codes: [String]?) throws(DiagnosticError) -> [Document] {
        let prepared = try prepare(codes)
        var documents: [Document] = []
        for language in prepared.languages {
            let html = try Self.write(prepared.renderer.renderPrintEdition(in: language, issue: prepared.issues[language.code]),
                                      of: language, in: options.output)
            documents.append(Document(language: language, html: html, pdfName: Self.pdfName(issue: prepared.number, language: language)))
        }
        return documents
    }

    /// Prints each of `languages` (all when nil) into `folder`, returning each PDF. With `pdftotext` the
    /// Sommaire gives the page each chapter starts on (a first print finds them); without it, no page
    /// numbers and one note that says so.
    public func print(languages codes: [String]?, to folder: URL, with chromium: ChromiumPrinter,
                      note: (Message) -> Void) throws(DiagnosticError) -> [(language: Language, pdf: URL)] {
        let prepared = try prepare(codes)
        let reader = PrintPages.find()
        if reader == nil {
            note("pdftotext (Debian: poppler-utils) is not installed: the Sommaire is printed without page numbers")
        }
        var printed: [(language: Language, pdf: URL)] = []
        for language in prepared.languages {
            let pdf = folder.appendingPathComponent(Self.pdfName(issue: prepared.number, language: language))
            try Self.print(language, issue: prepared.issues[language.code], of: prepared.renderer, builtIn: options.output,
                           to: pdf, with: chromium, reader: reader)
            printed.append((language, pdf))
        }
        return printed
    }

    /// `revue-2-fr.pdf`.
    static func pdfName(issue number: String, language: Language) -> String {
        "revue-\(number)-\(language.code).pdf"
    }

    /// Prints the edition of one language (of one issue, in a series) of `renderer`'s site, whose files are in
    /// `folder`, to `pdf`: twice with `reader`, the first print telling the page each chapter starts on.
    /// The HTML printed, and the measuring print, are left in `folder`.
    static func print(_ language: Language, issue: Int?, of renderer: Renderer, builtIn folder: URL, to pdf: URL,
                      with chromium: ChromiumPrinter, reader: PrintPages?) throws(DiagnosticError) {
        let first = try write(renderer.renderPrintEdition(in: language, issue: issue, markers: reader != nil), of: language, in: folder)
        guard let reader else {
            try chromium.print(first, to: pdf)
            return
        }
        // The measuring print stays beside the built site: the PDF asked for is only ever the final one.
        let measured = measuringPrint(of: language, in: folder)
        try chromium.print(first, to: measured)
        let chapters = renderer.printedChapters(in: language, issue: issue).map { "part-\($0)" }
        let pages = try reader.pages(of: chapters, in: measured)
        try chromium.print(write(renderer.renderPrintEdition(in: language, issue: issue, pages: pages), of: language, in: folder), to: pdf)
    }

    /// Where `print` leaves the HTML it printed and its measuring print, in `folder`.
    static func leftovers(of language: Language, in folder: URL) -> [URL] {
        [htmlFile(of: language, in: folder), measuringPrint(of: language, in: folder)]
    }

    private static func htmlFile(of language: Language, in folder: URL) -> URL {
        folder.appendingPathComponent("print-\(language.code).html")
    }

    private static func measuringPrint(of language: Language, in folder: URL) -> URL {
        folder.appendingPathComponent("measure-\(language.code).pdf")
    }

    /// The site built into `options.output`, the renderer its print editions share, and in a
    /// series the page of the issue printed in each language, with its number.
    private func prepare(_ codes: [String]?) throws(DiagnosticError)
        -> (renderer: Renderer, languages: [Language], issues: [String: Int], number: String) {
        // Built aside, for printing only: the project's build cache stays the published site's.
        var aside = options
        aside.useCache = false
        _ = try build(aside)
        let project = try LoadedProject.load(options.project, includeDrafts: options.includeDrafts, into: Diagnostics())
        guard project.theme.templateNames.contains(Self.templateName) else {
            throw DiagnosticError(.error("the theme has no 'print' template: create \(Theme.folderName)/print.mustache", in: Theme.folderName))
        }
        let site = project.site
        let languages = try chosen(codes, among: project.config)
        var issues: [String: Int] = [:]
        for language in languages {
            let pages = site.issues[language.code] ?? []
            guard !pages.isEmpty else { continue }
            if let issue {
                guard let page = pages.first(where: { site.pages[$0].frontMatter.number == issue }) else {
                    let numbers = pages.compactMap { site.pages[$0].frontMatter.number.map(String.init) }
                    throw DiagnosticError(.error("the review has no issue \(issue) in \(language.name): its issues are \(numbers.joined(separator: ", "))",
                                                 in: "\(ContentLoader.folderName)/\(language.code)"))
                }
                issues[language.code] = page
            } else {
                issues[language.code] = pages.last
            }
        }
        if issue != nil, issues.isEmpty {
            throw DiagnosticError(.error("this review is of one issue (no folder's _index.md says 'kind: issue'): print it without --issue", in: SiteConfig.fileName))
        }
        let number = issues.values.first.flatMap { site.pages[$0].frontMatter.number.map(String.init) } ?? project.config.issue
        return (Renderer(site: site, theme: project.theme, data: project.data), languages, issues, number)
    }

    private static func write(_ html: String, of language: Language, in folder: URL) throws(DiagnosticError) -> URL {
        let file = htmlFile(of: language, in: folder)
        do {
            try Data(html.utf8).write(to: file)
        } catch {
            throw DiagnosticError(.error("cannot write the print edition: \(error.localizedDescription)", in: file.path))
        }
        return file
    }

    private func chosen(_ codes: [String]?, among config: SiteConfig) throws(DiagnosticError) -> [Language] {
        guard let codes else { return config.languages }
        var languages: [Language] = []
        for code in codes {
            guard let language = config.language(code: code) else {
                let known = config.languages.map(\.code)
                throw DiagnosticError(.error("'\(code)' is not a language of the review (\(known.joined(separator: ", ")))", in: SiteConfig.fileName))
            }
            languages.append(language)
        }
        return languages
    }
}
