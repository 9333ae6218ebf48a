import Foundation
import RevueCore
import Testing
@testable import RevueServe

/// The inotify watcher on a real project folder.
@Suite struct FileWatcherTests {
    func watching(quiet: Duration, _ test: (Project, LockedList<ProjectChanges>) async throws -> Void) async throws {
        let project = try Project()
        defer { project.remove() }
        let watcher = try FileWatcher(project: project.root)
        let reports = LockedList<ProjectChanges>()
        let thread = Thread { watcher.run(quiet: quiet) { reports.append($0) } }
        thread.start()
        defer { watcher.stop() }
        try await test(project, reports)
    }

    @Test func anEditorsSaveIsOneChange() async throws {
        try await watching(quiet: .milliseconds(300)) { project, reports in
            let page = "content/fr/chapitres/budget.md"
            try project.write("content/fr/chapitres/budget.md~", "sauvegarde")
            try project.save(page, "---\ntitle: Budget\n---\nUn.\n")
            try project.write(page, "---\ntitle: Budget\n---\nDeux.\n")
            try project.save(page, "---\ntitle: Budget\n---\nTrois.\n")
            let seen = try await reports.wait(for: 1)
            try await Task.sleep(for: .milliseconds(600))
            #expect(reports.items.count == 1)
            #expect(seen.first == .paths([page]))
        }
    }

    @Test func foldersCreatedAfterTheStartAreWatched() async throws {
        try await watching(quiet: .milliseconds(50)) { project, reports in
            try FileManager.default.createDirectory(at: project.root.appendingPathComponent("content/fr/dossiers"), withIntermediateDirectories: true)
            _ = try await reports.wait(for: 1)
            try project.write("content/fr/dossiers/nouveau.md", "---\ntitle: Nouveau\n---\n")
            let seen = try await reports.wait(for: 2)
            #expect(seen.count == 2)
            #expect(seen.last == .paths(["content/fr/dossiers/nouveau.md"]))
        }
    }

    @Test func theConfigAndTemplatesAreWatchedAndTheOutputIsNot() async throws {
        try await watching(quiet: .milliseconds(50)) { project, reports in
            try project.write("site/fr/index.html", "<html></html>")
            try project.write("notes.txt", "brouillon")
            try project.write("revue.yml", Project.files["revue.yml"] ?? "")
            #expect(try await reports.wait(for: 1).first == .paths(["revue.yml"]))
            try project.write("templates/layout.mustache", "{{title}}")
            #expect(try await reports.wait(for: 2).last == .paths(["templates/layout.mustache"]))
        }
    }
}
