import Foundation
import Testing
@testable import RevueCore

/// `revue build` with Pagefind (`make test` installs it): one index per language beside the
/// pages, in the new site before it is put in place, and the search box on every page.
@Suite(.enabled(if: SearchIndex.find() != nil, "Pagefind is not installed: python3 -m pip install \"pagefind[extended]\""))
struct SearchIndexTests {
    @Test func theSiteIsIndexedInEachLanguageAndEveryPageOffersTheSearch() throws {
        let site = try TestSite(files: [
            "content/fr/chapitres/_index.md": "---\ntitle: Sommaire\npages: chapter\n---\n",
            "content/ar/chapitres/_index.md": "---\ntitle: الفهرس\npages: chapter\n---\n",
            "content/fr/chapitres/offre.md": "---\ntitle: L'offre de soins\nnumber: 4\n---\nLes hôpitaux de proximité.\n",
            "content/ar/chapitres/offre.md": "---\ntitle: العرض الصحي\nnumber: 4\n---\nمستشفيات القرب والميزانية.\n",
        ])
        defer { site.remove() }
        var options = BuildOptions(project: site.root)
        options.search = .required
        let report = try build(options)
        #expect(report.stages.map(\.stage).contains("search index"))
        let entry = try String(contentsOf: site.output.appendingPathComponent("pagefind/pagefind-entry.json"), encoding: .utf8)
        #expect(entry.contains(#""fr":"#) && entry.contains(#""ar":"#), "one index per language: \(entry)")
        let chapter = try site.html("ar/chapitres/offre/index.html")
        #expect(chapter.contains(#"<div id="revue-search" class="search" role="search""#))
        #expect(chapter.contains(#"<script src="../../../pagefind/pagefind-ui.js"></script>"#))
        #expect(chapter.contains(#"data-pagefind-meta="title:الفصل 4 · العرض الصحي""#))
        #expect(chapter.contains("data-pagefind-body"))
        #expect(!(try site.html("fr/404.html")).contains("data-pagefind-body"), "the 404 page is not indexed")
        // Built again with nothing changed, the index is kept; without search, it is gone with the box.
        try build(options)
        #expect(site.exists("pagefind/pagefind-entry.json"))
        options.search = .off
        try build(options)
        #expect(!site.exists("pagefind/pagefind-entry.json"))
        #expect(!(try site.html("fr/index.html")).contains("revue-search"))
    }
}
