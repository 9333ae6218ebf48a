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
        _ = try build(options)
        let project = try LoadedProject.load(options.project, includeDrafts: options.includeDrafts, into: Diagnostics())
        let config = project.config
        guard project.theme.templateNames.contains(Self.templateName) else {
            throw DiagnosticError(.error("the theme has no 'print' template: create \(Theme.folderName)/print.mustache", in: Theme.folderName))
        }
        let languages = try chosen(codes, among: config)
        let renderer = Renderer(site: project.site, theme: project.theme, data: project.data)
        var documents: [Document] = []
        for language in languages {
            let html = renderer.renderPrintEdition(in: language)
            let file = options.output.appendingPathComponent("print-\(language.code).html")
            do {
                try Data(html.utf8).write(to: file)
            } catch {
                throw DiagnosticError(.error("cannot write the print edition: \(error.localizedDescription)", in: file.path))
            }
            documents.append(Document(language: language, html: file, pdfName: "revue-\(config.issue)-\(language.code).pdf"))
        }
        return documents
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
