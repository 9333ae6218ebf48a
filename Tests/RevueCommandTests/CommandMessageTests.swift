import Foundation
import Testing

/// What people read from the `revue` command — its help and the form of its
/// findings — compared with the snapshots in `Snapshots/`, so that every
/// change to them is deliberate. `REVUE_UPDATE_SNAPSHOTS=1 swift test`
/// writes the snapshots anew; review the difference before committing it.
@Suite struct CommandMessageTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// The `revue` built beside the tests.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("revue")
    }

    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = ["COLUMNS": "100", "PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = Self.testsFolder.appendingPathComponent("Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["REVUE_UPDATE_SNAPSHOTS"] != nil {
            try Data(text.utf8).write(to: file)
            return
        }
        let expected = try? String(contentsOf: file, encoding: .utf8)
        #expect(expected != nil, "no snapshot \(name).txt: run REVUE_UPDATE_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
        #expect(text == expected, "\(name) changed:\n\(text)", sourceLocation: sourceLocation)
    }

    @Test(arguments: ["", "build", "check", "new", "pdf", "serve"])
    func helpOfEachCommand(_ command: String) throws {
        let result = try run(command.isEmpty ? ["--help"] : [command, "--help"])
        #expect(result.status == 0)
        try expectSnapshot(result.output, named: command.isEmpty ? "help" : "help-\(command)")
    }

    /// A project with one mistake of each common kind, in a temporary folder with the default theme.
    func brokenProject() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("revue-messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        let files = [
            "revue.yml": "title: { fr: Revue, ar: مجلة }\nbase_url: https://example.org/\nlanguages:\n  - { code: fr, name: Français, locale: fr-MA, direction: ltr }\n  - { code: ar, name: العربية, locale: ar-MA, direction: rtl }\n",
            "content/fr/_index.md": "---\ntitle: Accueil\nweight: abc\n---\nVoir [le budget](budget.md#credits).\n",
            "content/ar/_index.md": "---\ntitle: الرئيسية\n---\n{{budjet.total.montant}}\n",
            "content/fr/budget.md": "---\ntitle: Budget\n---\n## Crédits\n",
            "content/data/budget.yml": "schema:\n  key: poste\n  columns:\n    - { name: poste, type: text }\n    - { name: montant, type: money }\nrows:\n  - { poste: total, montant: 12,5 }\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func theFindingsOfAFailedBuild() throws {
        let project = try brokenProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try run(["build"], in: project)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        try expectSnapshot(result.errors, named: "build-failed")
    }

    /// The same findings for an editor whose system speaks French, or who asks for French.
    @Test(arguments: [(["build"], ["LANG": "fr_MA.UTF-8"]), (["build", "--messages", "fr"], ["LANG": "en_US.UTF-8"])])
    func theFindingsOfAFailedBuildInFrench(_ arguments: [String], _ environment: [String: String]) throws {
        let project = try brokenProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try run(arguments, in: project, environment: environment)
        #expect(result.status == 1)
        try expectSnapshot(result.errors, named: "build-failed-fr")
    }

    @Test func theHelpInFrench() throws {
        let result = try run(["build", "--help"], environment: ["LC_MESSAGES": "fr_FR.UTF-8"])
        #expect(result.status == 0)
        try expectSnapshot(result.output, named: "help-build-fr")
    }

    @Test func theFindingsOfACheckAsJSONInFrench() throws {
        let project = try brokenProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try run(["check", "--format", "json", "--messages", "fr"], in: project)
        #expect(result.status == 1)
        #expect(result.output.contains("vouliez-vous dire 'budget' ?"), "\(result.output)")
        #expect(!result.output.contains("did you mean"))
    }

    @Test func theFindingsOfACheckAsJSON() throws {
        let project = try brokenProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try run(["check", "--format", "json"], in: project)
        #expect(result.status == 1)
        try expectSnapshot(result.output, named: "check-json")
    }

    @Test func aMistakeInTheCommandLine() throws {
        let result = try run(["new", "chapitre", "budget"])
        #expect(result.status == 64 || result.status == 2)
        try expectSnapshot(result.errors, named: "usage-error")
    }

    /// Runs `body` on a thread of its own, so that a test that waits on processes for seconds
    /// leaves the tests' shared threads to the tests that serve pages meanwhile. What `body`
    /// finds is returned, and asserted on by the test itself.
    func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// What a `revue serve` printed from its start to the end a signal gave it.
    struct Stopped: Sendable {
        let printed: String
        let errors: String
        let exitedWithZero: Bool
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func serveStopsOnASignalWithExitZeroAndNoError(_ signalNumber: Int32) async throws {
        let stopped = try await offThePool { try self.serve(stoppedBy: signalNumber) }
        #expect(stopped.printed.contains("Serving the review at http://127.0.0.1:"))
        #expect(stopped.exitedWithZero)
        #expect(stopped.printed.hasSuffix("Stopped.\n"))
        #expect(!stopped.errors.lowercased().contains("error"), "\(stopped.errors)")
    }

    @Test func serveOnTheNetworkPrintsTheAddressesAPhoneCanOpen() async throws {
        let stopped = try await offThePool { try self.serve(stoppedBy: SIGTERM, with: ["--lan"]) }
        #expect(stopped.printed.contains("Serving the review at http://127.0.0.1:"))
        let line = stopped.printed.split(separator: "\n").first { $0.hasPrefix("On the same network") || $0.hasPrefix("This machine has no network address") }
        #expect(line != nil, "\(stopped.printed)")
        #expect(!(line ?? "").contains("127.0.0.1") && !(line ?? "").contains("0.0.0.0"))
        #expect(stopped.errors.contains("every machine of the network can see the preview"))
        #expect(stopped.exitedWithZero)
    }

    private func serve(stoppedBy signalNumber: Int32, with options: [String] = []) throws -> Stopped {
        let project = try brokenProject()
        defer { try? FileManager.default.removeItem(at: project) }
        // The same project with its mistakes mended: the preview runs with nothing to report.
        try FileManager.default.removeItem(at: project.appendingPathComponent("content/data"))
        try FileManager.default.removeItem(at: project.appendingPathComponent("content/fr/budget.md"))
        try Data("---\ntitle: Accueil\n---\nBienvenue.\n".utf8).write(to: project.appendingPathComponent("content/fr/_index.md"))
        try Data("---\ntitle: الرئيسية\n---\nمرحبا.\n".utf8).write(to: project.appendingPathComponent("content/ar/_index.md"))
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--project", project.path, "--port", "0"] + options
        process.environment = ["PATH": "/usr/bin:/bin"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var printed = Data()
        let deadline = Date(timeIntervalSinceNow: 30)
        while !String(decoding: printed, as: UTF8.self).contains("Serving the review at"), Date() < deadline, process.isRunning {
            printed += output.fileHandleForReading.availableData
        }
        kill(process.processIdentifier, signalNumber)
        printed += output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Stopped(printed: String(decoding: printed, as: UTF8.self), errors: errorText,
                       exitedWithZero: process.terminationReason == .exit && process.terminationStatus == 0)
    }

    /// Every file below `folder` with its bytes, by path.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            files[path] = FileManager.default.contents(atPath: base + path) ?? Data()
        }
        return files
    }

    /// What builds killed while writing left, and what the build after them wrote.
    struct Killed: Sendable {
        let buildsSucceeded: Bool
        /// How many builds the signal caught before they ended.
        let killedBuilds: Int
        /// How long after its start each build was killed, for those that left `site/` neither as it was nor whole and new.
        let delaysThatChangedTheSite: [Double]
        let sameFilesAsACleanBuild: Bool
        let sameBytesAsACleanBuild: Bool
    }

    @Test func aBuildKilledWhileWritingLeavesTheSiteAsItWasAndTheNextBuildIsRight() async throws {
        let killed = try await offThePool { try self.buildsKilledWhileWriting() }
        #expect(killed.buildsSucceeded)
        #expect(killed.killedBuilds >= 1)
        #expect(killed.delaysThatChangedTheSite.isEmpty, "builds killed after \(killed.delaysThatChangedTheSite) s left part of a site/")
        #expect(killed.sameFilesAsACleanBuild)
        #expect(killed.sameBytesAsACleanBuild, "the build after the killed ones differs from a build into an empty folder")
    }

    private func buildsKilledWhileWriting() throws -> Killed {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("revue-killed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        for item in ["revue.yml", "content", "templates"] {
            try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent(item), to: project.appendingPathComponent(item))
        }
        // Enough pages for a build to be caught while it writes.
        for (language, title) in [("fr", "Activité"), ("ar", "نشاط")] {
            for number in 1...1500 {
                let page = "---\ntitle: \(title) \(number)\ndate: 2023-05-10\ntranslation_key: essai-\(number)\n---\nTexte \(number).\n"
                try Data(page.utf8).write(to: project.appendingPathComponent("content/\(language)/activites/essai-\(number).md"))
            }
        }
        var succeeded = try run(["build", "--project", project.path]).status == 0
        let site = project.appendingPathComponent("site")
        var changedTheSite: [Double] = []
        var killedBuilds = 0
        for (round, delay) in [0.05, 0.3, 0.8, 1.5].enumerated() {
            // Each round changes every page, so that the killed build had something to write.
            let layoutFile = project.appendingPathComponent("templates/layout.mustache")
            let layout = try String(contentsOf: layoutFile, encoding: .utf8)
            try layout.replacingOccurrences(of: "</main>", with: "</main><!-- \(round) -->").write(to: layoutFile, atomically: true, encoding: .utf8)
            let published = Self.tree(site)
            let process = Process()
            process.executableURL = Self.executable
            process.arguments = ["build", "--project", project.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // A build that ended before the signal has published its site, as it should.
            guard process.terminationReason == .uncaughtSignal else { continue }
            killedBuilds += 1
            let found = Self.tree(site)
            guard found != published else { continue }
            // Killed after its site was swapped in (while it saved its cache): the site must be the whole new one.
            let complete = project.appendingPathComponent("complete-\(round)")
            succeeded = try run(["build", "--project", project.path, "--no-cache", "--output", complete.path]).status == 0 && succeeded
            if found != Self.tree(complete) { changedTheSite.append(delay) }
        }
        succeeded = try run(["build", "--project", project.path]).status == 0 && succeeded
        let cold = project.appendingPathComponent("cold")
        succeeded = try run(["build", "--project", project.path, "--output", cold.path]).status == 0 && succeeded
        let warm = Self.tree(site), fresh = Self.tree(cold)
        return Killed(buildsSucceeded: succeeded, killedBuilds: killedBuilds, delaysThatChangedTheSite: changedTheSite,
                      sameFilesAsACleanBuild: warm.keys.sorted() == fresh.keys.sorted(), sameBytesAsACleanBuild: warm == fresh)
    }
}
