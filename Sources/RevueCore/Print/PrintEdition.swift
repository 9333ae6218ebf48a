import Foundation

/// `revue pdf`: the whole review in one document per language (cover, royal
/// message, editorial, Sommaire, chapters in order), written beside a full
/// build of the site so that its stylesheet and images load, for Chromium to
/// print.
public struct PrintEdition: Sendable {
    public static let templateName = "print"

    let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
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
            documents.append(try write(prepared.renderer.renderPrintEdition(in: language), of: language, issue: prepared.issue))
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
            let chapters = (prepared.renderer.site.chapters[language.code] ?? []).map { "part-\($0)" }
            let first = try write(prepared.renderer.renderPrintEdition(in: language, markers: reader != nil), of: language, issue: prepared.issue)
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
            let final = try write(prepared.renderer.renderPrintEdition(in: language, pages: pages), of: language, issue: prepared.issue)
            try chromium.print(final.html, to: pdf)
            printed.append((language, pdf))
        }
        return printed
    }

    /// The site built into `options.output` and the renderer its print editions share.
    private func prepare(_ codes: [String]?) throws(DiagnosticError) -> (renderer: Renderer, languages: [Language], issue: String) {
        _ = try build(options)
        let project = try LoadedProject.load(options.project, includeDrafts: options.includeDrafts, into: Diagnostics())
        guard project.theme.templateNames.contains(Self.templateName) else {
            throw DiagnosticError(.error("the theme has no 'print' template: create \(Theme.folderName)/print.mustache", in: Theme.folderName))
        }
        return (Renderer(site: project.site, theme: project.theme, data: project.data), try chosen(codes, among: project.config), project.config.issue)
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
