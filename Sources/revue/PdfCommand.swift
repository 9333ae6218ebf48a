import ArgumentParser
import Foundation
import RevueCore

/// `revue pdf`: the print edition of the review, one PDF per language.
struct PdfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: Speech.text("Print the review to PDF, one file per language (revue-2-fr.pdf, revue-2-ar.pdf), with Chromium."),
        discussion: Speech.text("""
            Builds the site, then one document per language with the cover, the royal message, the \
            editorial, the Sommaire and the chapters in order, printed on A4 by headless Chromium \
            (found on the PATH) with a running head and page numbers.
            """)
    )

    @Option(name: .long, help: .said("The language to print: a code of revue.yml, or all."))
    var lang: String = "all"

    @Option(name: .long, help: .said("In a review published as a series, the number of the issue to print (default: the latest)."))
    var issue: Int?

    @Option(name: .long, help: .said("Where to write the PDF files."))
    var output: String = "."

    @Option(name: .long, help: .said("The project folder, holding revue.yml."))
    var project: String = "."

    @OptionGroup var speech: MessagesOption

    func run() throws {
        let projectURL = URL(fileURLWithPath: project)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("revue-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            let chromium = try ChromiumPrinter.find()
            let edition = PrintEdition(options: BuildOptions(project: projectURL, output: work.appendingPathComponent("site")), issue: issue)
            let folder = URL(fileURLWithPath: output)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let printed = try edition.print(languages: lang == "all" ? nil : [lang], to: folder, with: chromium) { Terminal.warning($0) }
            for edition in printed {
                Terminal.out("Printed \(edition.language.name): \(edition.pdf.path)")
            }
        } catch {
            Terminal.error(Speech.findings(error.diagnostics, project: projectURL.standardizedFileURL))
            throw ExitCode(1)
        }
    }
}
