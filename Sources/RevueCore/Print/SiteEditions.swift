import Foundation

/// The print editions that `revue build --pdf` puts in the site: each language's PDF
/// (each issue's, in a series) printed from the site just staged, written beside its
/// pages (`fr/revue-2-fr.pdf`), and the covers that link to it with its size and page count.
struct SiteEditions: Sendable {
    let chromium: ChromiumPrinter
    let reader: PrintPages?

    /// Chromium and pdftotext where they are installed; nil, with the note that says so, without Chromium.
    static func find(path: String?, note: (Diagnostic) -> Void) -> SiteEditions? {
        guard let chromium = try? ChromiumPrinter.find(path: path) else {
            note(.warning("the PDF edition is left out of the site: it is printed with Chromium, which is not on the PATH (Debian: sudo apt-get install chromium poppler-utils)",
                          in: "chromium", code: "pdf"))
            return nil
        }
        return SiteEditions(chromium: chromium, reader: PrintPages.find(path: path))
    }

    /// One edition put in the site: where it is, and what its link tells of it.
    struct Printed: Sendable {
        let path: String
        let facts: PDFFacts
    }

    /// Prints every edition of `renderer`'s site, whose files are all in `folder`, the languages side
    /// by side, and writes each PDF through `writer`. Returns, by page, the edition each cover links
    /// to: an issue's own, and on a language's home the review's, or in a series the latest issue's.
    func publish(_ renderer: Renderer, builtIn folder: URL, through writer: OutputWriter) throws(DiagnosticError) -> [Int: Printed] {
        let site = renderer.site
        let editions = site.config.languages.map { language in
            let issues = site.issues[language.code] ?? []
            return (language, issues.isEmpty ? [nil] : issues.map(Optional.some))
        }
        let paths = editions.map { language, issues in
            issues.map { "\(language.code)/\(PrintEdition.pdfName(issue: site.issueFacts(of: $0).number, language: language))" }
        }
        try writer.prepareFolders(for: paths.joined())
        let printed = ParallelMap.map(Array(editions.indices)) { (index: Int) -> Result<[Printed], DiagnosticError> in
            let (language, issues) = editions[index]
            return Result { () throws(DiagnosticError) in
                try zip(issues, paths[index]).map { (issue, path) throws(DiagnosticError) in
                    try print(language, issue: issue, of: renderer, builtIn: folder, to: path, through: writer)
                }
            }
        }
        var covers: [Int: Printed] = [:]
        for ((language, issues), result) in zip(editions, printed) {
            let pdfs = try result.get()
            for (issue, pdf) in zip(issues, pdfs) {
                if let issue { covers[issue] = pdf }
            }
            if let home = site.homes[language.code], let latest = pdfs.last { covers[home] = latest }
        }
        return covers
    }

    private func print(_ language: Language, issue: Int?, of renderer: Renderer, builtIn folder: URL, to path: String,
                       through writer: OutputWriter) throws(DiagnosticError) -> Printed {
        let pdf = folder.appendingPathComponent(".revue-print-\(language.code).pdf")
        defer {
            for file in PrintEdition.leftovers(of: language, in: folder) + [pdf] { try? FileManager.default.removeItem(at: file) }
        }
        try PrintEdition.print(language, issue: issue, of: renderer, builtIn: folder, to: pdf, with: chromium, reader: reader)
        guard let bytes = FileManager.default.contents(atPath: pdf.path) else {
            throw DiagnosticError(.error("Chromium printed no readable PDF here: run revue pdf to see what Chromium says, or build without --pdf", in: pdf.path))
        }
        try writer.write(bytes, to: path)
        return Printed(path: path, facts: PDFFacts(of: bytes))
    }
}
