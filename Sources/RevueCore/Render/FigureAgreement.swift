/// Refuses a review whose two languages could disagree on a number: a figure
/// written by hand in one language that the translation of the page takes
/// from a data table must come from the table in both.
enum FigureAgreement {
    static func check(_ site: Site, figures: [PageFigures]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, page) in site.pages.enumerated() where index < figures.count {
            for mention in figures[index].literal {
                for (code, translation) in page.translations.sorted(by: { $0.key < $1.key }) where translation < figures.count {
                    guard let reference = figures[translation].referenced[mention.value] else { continue }
                    let name = site.config.language(code: code)?.name ?? code
                    problems.append(.error(
                        "'\(mention.text)' is written by hand here, while the \(name) page takes it from {{\(reference)}}: write {{\(reference)}} here too, so that both languages show the same cell",
                        in: page.document.file, line: mention.line, code: "literal-figure"))
                    break
                }
            }
        }
        return problems
    }
}
