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
            documents.append(try write(prepared.renderer.renderPrintEdition(in: language, issue: prepared.issues[language.code]), of: language,
                                       issue: prepared.number))
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
            let issuePage = prepared.issues[language.code]
            let chapters = prepared.renderer.printedChapters(in: language, issue: issuePage).map { "part-\($0)" }
            let first = try write(prepared.renderer.renderPrintEdition(in: language, issue: issuePage, markers: reader != nil), of: language, issue: prepared.number)
            let pdf = folder.appendingPathComponent(first.pdfName)
            guard let reader else {
                try chromium.print(first.html, to: pdf)
                printed.append((language, pdf))
                continue
            }
            // The measuring print stays beside the built site: the PDF asked for is only ever the final one.
            let measured = options.output.appendingPathComponent("measure-\(language.code).pdf")
            try chromium.print(first.html, to: measured)
            let pages = try reader.pages(of: chapters, in: measured)
            let final = try write(prepared.renderer.renderPrintEdition(in: language, issue: issuePage, pages: pages), of: language, issue: prepared.number)
            try chromium.print(final.html, to: pdf)
            printed.append((language, pdf))
        }
        return printed
    }

    /// The site built into `options.output`, the renderer its print editions share, and in a
    /// series the page of the issue printed in each language, with its number.
    private func prepare(_ codes: [String]?) throws(DiagnosticError)
        -> (renderer: Renderer, languages: [Language], issues: [String: Int], number: String) {
        _ = try build(options)
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

    private func write(_ html: String, of language: Language, issue: String) throws(DiagnosticError) -> Document {
        let file = options.output.appendingPathComponent("print-\(language.code).html")
        do {
            try Data(html.utf8).write(to: file)
        } catch {
            throw DiagnosticError(.error("cannot write the print edition: \(error.localizedDescription)", in: file.path))
        }
        return Document(language: language, html: file, pdfName: "revue-\(issue)-\(language.code).pdf")
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
