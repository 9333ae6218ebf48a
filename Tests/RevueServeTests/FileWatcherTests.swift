#if os(Linux)
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

    @Test func outOfWatchesForANewFolderItGoesOnByLooking() async throws {
        let project = try Project()
        defer { project.remove() }
        // As many watches as the project needs at the start: the next folder is one too many.
        var folders = 1
        for top in FileWatcher.watchedFolders {
            let enumerator = FileManager.default.enumerator(at: project.root.appendingPathComponent(top), includingPropertiesForKeys: [.isDirectoryKey])
            folders += 1
            while let url = enumerator?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true, !url.lastPathComponent.hasPrefix(".") { folders += 1 }
            }
        }
        let notes = LockedList<String>()
        let watcher = try FileWatcher(project: project.root, note: { notes.append($0.english) }, fallbackInterval: .milliseconds(100), watchLimit: folders)
        let reports = LockedList<ProjectChanges>()
        Thread { watcher.run(quiet: .milliseconds(50)) { reports.append($0) } }.start()
        defer { watcher.stop() }

        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("content/fr/dossiers"), withIntermediateDirectories: true)
        #expect(try await reports.wait(for: 1).first == .everything)
        #expect(notes.items.first?.hasSuffix("limit of watched folders is reached (fs.inotify.max_user_watches); looking for changes once a second instead.") == true)
        try await Task.sleep(for: .milliseconds(200))
        try project.write("content/fr/dossiers/nouveau.md", "---\ntitle: Nouveau\n---\n")
        let seen = try await reports.wait(for: 2)
        #expect(seen.last == .paths(["content/fr/dossiers/nouveau.md"]))
    }
}
#endif
