import ArgumentParser
import Foundation
import RevueCore

/// `revue build`: turns `content/` and `templates/` into `site/`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: Speech.text("Build the site into site/, replacing it only if the whole build succeeds.")
    )

    @Option(name: .long, help: .said("The project folder, holding revue.yml."))
    var project: String = "."

    @Option(name: .long, help: .said("Where to write the site (default: site/ in the project)."))
    var output: String?

    @Flag(name: .long, help: .said("Include pages whose front matter says 'draft: true'."))
    var drafts = false

    @Flag(name: .long, help: .said("Treat warnings as errors."))
    var strict = false

    @Flag(name: .long, help: .said("Build every page from scratch, neither reading nor writing the build cache (.revue-cache/)."))
    var noCache = false

    @Flag(name: .long, inversion: .prefixedNo, help: .said("Index the site for its search box with Pagefind (default: when Pagefind is installed)."))
    var search: Bool?

    @Flag(name: .long, help: .said("Print each language's edition to PDF with Chromium into the site, linked from its cover with its size and page count."))
    var pdf = false

    @Flag(name: .long, help: .said("Print how long each stage of the build took."))
    var timings = false

    @OptionGroup var speech: MessagesOption

    func run() throws {
        let projectURL = URL(fileURLWithPath: project)
        var options = BuildOptions(project: projectURL, output: output.map { URL(fileURLWithPath: $0) })
        options.includeDrafts = drafts
        options.strict = strict
        options.useCache = !noCache
        options.pdf = pdf
        options.search = search.map { $0 ? .required : .off } ?? .automatic
        do {
            let report = try build(options)
            if !report.warnings.isEmpty {
                Terminal.error(Speech.findings(report.warnings, project: options.project))
            }
            if timings {
                for (stage, seconds) in report.stages {
                    Terminal.out("  \(stage): \(seconds, digits: 3) s")
                }
            }
            Terminal.out(report.summary)
        } catch {
            Terminal.error(Speech.findings(error.diagnostics, project: options.project))
            Terminal.error("Build failed: \(DiagnosticPrinter.tally(error.diagnostics)); \(options.output.lastPathComponent)/ was left as it was.")
            throw ExitCode(1)
        }
    }
}
