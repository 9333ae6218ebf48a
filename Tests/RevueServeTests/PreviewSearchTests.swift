import Foundation
import RevueCore
import Testing
@testable import RevueServe

/// The search box in `revue serve`: the pages offer it, Pagefind indexes them beside the
/// preview, and the index served changes with the text after a save.
@Suite(.enabled(if: SearchIndex.find() != nil, "Pagefind is not installed: python3 -m pip install \"pagefind[extended]\""))
struct PreviewSearchTests {
    @Test func theIndexIsServedAndMadeAgainAfterASave() throws {
        let project = try Project()
        defer { project.remove() }
        let preview = LivePreview(project: project.root, includeDrafts: false, search: SearchIndex.find()) { _, _ in }
        let attempts = LockedList<Bool>()
        preview.search?.onIndexed = { succeeded in attempts.append(succeeded) }
        #expect(preview.rebuild(after: .everything))
        let page = try #require(preview.store.current.files["fr/chapitres/budget/index.html"])
        #expect(String(buffer: page.body).contains(#"<div id="revue-search" class="search" role="search""#))
        try Self.wait { attempts.items.count == 1 }
        #expect(attempts.items == [true])
        let entry = try #require(Self.entry(of: preview), "the index is served at pagefind/")
        #expect(entry.contains(#""fr":"#) && entry.contains(#""ar":"#), "\(entry)")
        #expect(preview.store.current.files["pagefind/pagefind-ui.js"] != nil)

        try project.save("content/fr/chapitres/budget.md", "---\ntitle: Budget\nnumber: 1\n---\nLe budget des hôpitaux progresse.\n")
        #expect(preview.rebuild(after: .paths(["content/fr/chapitres/budget.md"])))
        try Self.wait { attempts.items.count == 2 }
        #expect(attempts.items == [true, true])
        #expect(Self.entry(of: preview) != entry, "the French index is made again with the new text")
    }

    private static func entry(of preview: LivePreview) -> String? {
        preview.store.current.files["pagefind/pagefind-entry.json"].map { String(buffer: $0.body) }
    }

    private static func wait(_ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while !condition() {
            guard Date() < deadline else { throw CancellationError() }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
