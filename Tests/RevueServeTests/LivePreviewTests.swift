import Foundation
import Testing
@testable import RevueServe

/// `revue serve` end to end: a real server on a free port, a watched project
/// edited on disk, and the events an open page receives.
@Suite(.serialized) struct LivePreviewTests {
    @Test func pagesOfBothLanguagesAreServedWithTheReloadScript() async throws {
        try await RunningPreview.with(Project()) { running in
            let french = running.fetch("/fr/chapitres/budget/")
            #expect(french.hasPrefix("HTTP/1.1 200 OK"))
            #expect(french.lowercased().contains("content-type: text/html; charset=utf-8"))
            #expect(french.contains(#"<html lang="fr" dir="ltr">"#))
            #expect(french.contains("Le budget progresse."))
            #expect(french.contains(#"<script src="/_revue/live.js" data-generation="1"></script></body>"#))
            let arabic = running.fetch("/ar/chapitres/budget/")
            #expect(arabic.contains(#"<html lang="ar" dir="rtl">"#))
            #expect(arabic.contains("الميزانية ترتفع."))
            // The address serve prints is the site's root: the page that leads to the default language.
            let root = running.fetch("/")
            #expect(root.hasPrefix("HTTP/1.1 200 OK"), "\(root.prefix(200))")
            #expect(root.contains("fr/"))
            let missing = running.fetch("/ar/nulle-part/")
            #expect(missing.hasPrefix("HTTP/1.1 404"))
            #expect(missing.contains(#"<html lang="ar" dir="rtl">"#))
        }
    }

    @Test func savingAPageReloadsTheOpenPagesWithTheChange() async throws {
        try await RunningPreview.with(Project()) { running in
            let events = try running.openEvents()
            #expect(events.headers.contains("text/event-stream"))
            #expect(events.headers.contains("event: hello\ndata: 1\n\n"))

            try running.project.save("content/fr/chapitres/budget.md", "---\ntitle: Budget\nnumber: 1\n---\nLe budget progresse nettement.\n")
            #expect(events.client.read(until: "event: reload\ndata: 2\n\n").contains("event: reload\ndata: 2"))
            #expect(running.fetch("/fr/chapitres/budget/").contains("Le budget progresse nettement."))
            #expect(running.log.last?.hasPrefix("Rebuilt in") == true)
            #expect(running.log.last?.contains("1 of 4 pages rendered again") == true, "\(running.log)")
        }
    }

    @Test func aThemeEditReloadsTheOpenPagesThroughTheNewTheme() async throws {
        try await RunningPreview.with(Project()) { running in
            let events = try running.openEvents()
            let layout = try String(contentsOf: running.project.root.appendingPathComponent("templates/layout.mustache"), encoding: .utf8)
            try running.project.save("templates/layout.mustache", layout.replacingOccurrences(of: "</main>", with: "</main>\n<p>Édition d'essai</p>"))
            #expect(events.client.read(until: "event: reload\ndata: 2\n\n").contains("event: reload\ndata: 2"))
            #expect(running.fetch("/ar/chapitres/budget/").contains("Édition d'essai"))
            #expect(running.fetch("/fr/404.html").contains("Édition d'essai"))
            // Once the rest is rendered, the site keeps its generation: no second reload.
            for _ in 0..<200 where running.preview.store.current.deferred != nil {
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(running.log.contains { $0.hasPrefix("Theme compiled in") }, "\(running.log)")
            #expect(running.log.last?.contains("4 of 4 pages rendered again") == true, "\(running.log)")
            #expect(running.preview.store.current.generation == 2)
            #expect(running.preview.store.current.deferred == nil)
            #expect(running.fetch("/fr/chapitres/budget/").contains("Édition d'essai"))
        }
    }

    @Test func aBrokenEditShowsItsFindingsOverTheLastGoodPageUntilFixed() async throws {
        try await RunningPreview.with(Project()) { running in
            let events = try running.openEvents()

            try running.project.save("content/fr/chapitres/budget.md", "---\ntitle: Budget\nnumber: [1\n---\nCassé.\n")
            let failure = events.client.read(until: "event: failure")
            #expect(failure.contains(#""file":"content/fr/chapitres/budget.md""#))
            #expect(failure.contains(#""line":3"#))
            #expect(failure.contains(#""severity":"error""#))
            let page = running.fetch("/fr/chapitres/budget/")
            #expect(page.contains("Le budget progresse."))
            #expect(!page.contains("Cassé."))
            #expect(running.log.contains { $0.contains("content/fr/chapitres/budget.md:3") })

            // A page opened now learns of the failure as soon as it connects.
            let late = try running.openEvents()
            let told = late.headers.contains("event: failure") ? late.headers : late.client.read(until: "event: failure")
            #expect(told.contains("content/fr/chapitres/budget.md"))

            events.client.discard()
            try running.project.save("content/fr/chapitres/budget.md", "---\ntitle: Budget\nnumber: 1\n---\nLe budget progresse encore.\n")
            #expect(events.client.read(until: "event: reload").contains("event: reload"))
            #expect(running.fetch("/fr/chapitres/budget/").contains("Le budget progresse encore."))
        }
    }

    @Test func fixingAMistakeBackToTheLastGoodTextClearsTheFindings() async throws {
        try await RunningPreview.with(Project()) { running in
            let events = try running.openEvents()
            let good = Project.files["content/fr/chapitres/budget.md"] ?? ""
            try running.project.save("content/fr/chapitres/budget.md", "---\ntitle: Budget\n")
            _ = events.client.read(until: "event: failure")
            events.client.discard()
            try running.project.save("content/fr/chapitres/budget.md", good)
            #expect(events.client.read(until: "event: clear").contains("event: clear"))
        }
    }

    @Test func theLiveScriptIsServedAndABuiltSiteHasNone() async throws {
        try await RunningPreview.with(Project()) { running in
            let script = running.fetch("/_revue/live.js")
            #expect(script.lowercased().contains("content-type: text/javascript"))
            #expect(script.contains("new EventSource(\"/_revue/events\")"))
            for (path, bytes) in running.preview.store.current.files where path.hasSuffix(".html") {
                #expect(!String(buffer: bytes.body).contains("_revue"), "\(path) carries the live script in the site itself")
            }
        }
    }

    @Test func noRequestReadsTheProjectOrAnythingOutsideTheSite() async throws {
        try await RunningPreview.with(Project()) { running in
            let attempts = ["/../revue.yml", "/fr/../../revue.yml", "/%2e%2e/revue.yml", "/fr/%2E%2E/%2e%2e/revue.yml",
                            "/..%2frevue.yml", "/fr/..%5c..%5crevue.yml", "/fr/%00index.html", "/%2Fetc%2Fpasswd",
                            "//etc/passwd", "/fr\\..\\..\\revue.yml", "/content/fr/_index.md", "/templates/layout.mustache",
                            "/../../../../../../etc/passwd", "/fr/chapitres/budget/%2e%2e%2f%2e%2e%2f%2e%2e%2frevue.yml"]
            for attempt in attempts {
                let response = running.fetch(attempt)
                let status = response.prefix(12)
                #expect(["HTTP/1.1 403", "HTTP/1.1 404", "HTTP/1.1 400"].contains(status), "\(attempt): \(status)")
                #expect(!response.contains("base_url") && !response.contains("root:x:") && !response.contains("{{"), "\(attempt) leaked a file")
            }
            #expect(running.fetch("/fr/").hasPrefix("HTTP/1.1 200"), "the server survived the battery")
        }
    }

    @Test func stoppingEndsTheOpenEventStreamsAndLogsNoError() async throws {
        var events: SocketClient?
        try await RunningPreview.with(Project()) { running in
            events = try running.openEvents().client
            #expect(running.preview.channel.listeners == 1)
        }
        // `with` stopped the session and found no error logged; the page's stream was ended, not cut.
        #expect(events?.readToEnd().hasSuffix("0\r\n\r\n") == true)
    }

    @Test func withoutInotifyTheProjectIsLookedAtOnceASecond() async throws {
        let notes = LockedList<String>()
        let watcher = SourceWatchers.make(project: URL(fileURLWithPath: "/nonexistent"),
                                          inotify: { _ in throw FileWatcher.WatchError.unavailable("inotify is not available here") },
                                          note: { notes.append($0.english) })
        #expect(watcher is PollingWatcher)
        #expect(notes.items == ["cannot watch the project's files: inotify is not available here; looking for changes once a second instead."])

        try await RunningPreview.with(Project(), watcher: { PollingWatcher(project: $0, interval: .milliseconds(100)) }) { running in
            let events = try running.openEvents()
            try running.project.save("content/ar/chapitres/budget.md", "---\ntitle: الميزانية\nnumber: 1\n---\nالميزانية ترتفع كثيرا.\n")
            #expect(events.client.read(until: "event: reload").contains("event: reload"))
            #expect(running.fetch("/ar/chapitres/budget/").contains("الميزانية ترتفع كثيرا."))
        }
    }
}
