import Foundation
import Testing
@testable import RevueCore

/// The pages a build keeps in `.revue-cache/sources`: what the next build takes
/// instead of reading and parsing a file whose stamp has not changed.
@Suite struct SourceRecordsTests {
    static let french = Language(code: "fr", name: "Français", locale: "fr-MA", direction: .ltr)

    /// A front matter with every value set, none to its default.
    static var everyValue: FrontMatter {
        var matter = FrontMatter()
        matter.title = "Le budget\tdu MSPS: \\ « 2023 »\nsuite"
        matter.linkTitle = "Budget"
        matter.summary = "+19 % = 28 Md DH\r\n"
        matter.date = Day(iso: "2023-05-12")
        matter.endDate = Day(iso: "2023-05-14")
        matter.yearly = true
        matter.weight = -3
        matter.number = 7
        matter.kind = .chapter
        matter.draft = true
        matter.tags = ["santé", "budget=2023", ""]
        matter.translationKey = "budget"
        matter.cover = "images/budget.jpg"
        matter.coverAlt = "Un hôpital"
        matter.author = "Le ministère"
        matter.attribution = "Photo : MSPS"
        matter.place = "Rabat"
        matter.slogan = "الصحة للجميع"
        matter.period = "2022/2023"
        matter.pages = .activity
        matter.lines = ["title": 2, "date": 3, "tags": 9]
        return matter
    }

    @Test func everyValueOfAFrontMatterComesBackFromItsRecord() throws {
        let matter = Self.everyValue
        // A value left to its default here would not be tested: a new key must be given one.
        for child in Mirror(reflecting: matter).children {
            let label = child.label ?? "?"
            let shown = String(describing: child.value)
            #expect(!["nil", "false", "[]", "[:]", "\"\""].contains(shown) && !shown.isEmpty, "\(label) is left to its default")
        }
        #expect(FrontMatter(recordFields: matter.recordFields) == matter)
    }

    @Test func aDocumentComesBackFromTheRecordsWithItsDigestsAndItsBodyReadFromItsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revue-records-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fullPath = folder.appendingPathComponent("budget.md").path
        try "---\ntitle: Budget\n---\nLe budget.\n".write(toFile: fullPath, atomically: true, encoding: .utf8)
        let stamp = try #require(FileStamp(path: fullPath))
        let read = try ContentLoader(root: folder, config: SiteConfig.load(from: TestSite.repositoryRoot))
            .read(fullPath, file: "content/fr/budget.md", language: Self.french, path: "budget.md")
        let inputs = InputStamps(stamps: ["content/fr/budget.md": stamp])
        let text = try #require(SourceRecords.text(of: [read], inputs: inputs, binaryKey: "k", earlier: nil))
        let records = try #require(try SourceRecords.parse(text, binaryKey: "k"))

        let document = try #require(records.document("content/fr/budget.md", stamp: stamp, language: Self.french,
                                                     path: "budget.md", fullPath: fullPath))
        #expect(document.isFromRecord)
        #expect(document.frontMatter == read.frontMatter)
        #expect(document.frontMatterDigest == read.frontMatterDigest)
        #expect(document.bodyDigest == read.bodyDigest)
        #expect(document.bodyFirstLine == 4)
        #expect(try document.markdown() == "Le budget.\n")
        // Written again from the records, a record is kept byte for byte.
        #expect(SourceRecords.text(of: [document], inputs: inputs, binaryKey: "k", earlier: records) == text)

        let touched = FileStamp(inode: stamp.inode, size: stamp.size, modified: stamp.modified + 1, changed: stamp.changed)
        #expect(records.document("content/fr/budget.md", stamp: touched, language: Self.french, path: "budget.md", fullPath: fullPath) == nil,
                "a file with another stamp is read")
        #expect(try SourceRecords.parse(text, binaryKey: "another binary") == nil)
    }

    @Test func aStampIsReadWholeOrNotAtAll() {
        func stamp(_ text: String) -> FileStamp? {
            let bytes = Array("\t\(text)\t".utf8)
            return CacheFields.stamp(bytes, 1..<(bytes.count - 1))
        }
        #expect(stamp("12:-3:456:7") == FileStamp(inode: 12, size: -3, modified: 456, changed: 7))
        for damaged in ["12:3:456", "12:3:456:7:8", "-12:3:456:7", "12:3::7", "12:3:456:", "12:3:4x6:7", ""] {
            #expect(stamp(damaged) == nil, "\(damaged)")
        }
    }

    @Test func aCountLargerThanItsLinesIsDamagedAndReservesNoMoreThanTheFileHolds() throws {
        let stamp = FileStamp(inode: 1, size: 2, modified: 3, changed: 4)
        let cache = BuildCache(runKey: "k", themeDigest: "t", inputs: InputStamps(stamps: ["content/fr/a.md": stamp]), frame: nil,
                               published: ["fr/a/index.html": BuildCache.Entry(view: nil, stamp: stamp)], staged: [:],
                               pagesPerLanguage: ["fr": 1], warnings: [], pageWarnings: [:])
        let text = String(decoding: try #require(cache.text()), as: UTF8.self)
        #expect(text.contains("\ninputs 1\n"))
        let claimed = Array(text.replacingOccurrences(of: "\ninputs 1\n", with: "\ninputs 9999999\n").utf8)
        #expect(throws: BuildCache.DamagedCache.self) { try BuildCache.parse(claimed) }
        #expect(CacheLines(claimed).capacity(forLines: 9_999_999) <= claimed.count / 16)
    }

    @Test func aPathTheCacheCannotHoldLeavesNoCache() throws {
        let stamp = FileStamp(inode: 1, size: 2, modified: 3, changed: 4)
        func cache(input: String, published: String) -> BuildCache {
            BuildCache(runKey: "k", themeDigest: "t", inputs: InputStamps(stamps: [input: stamp]), frame: nil,
                       published: [published: BuildCache.Entry(view: nil, stamp: stamp)], staged: [:],
                       pagesPerLanguage: ["fr": 1], warnings: [], pageWarnings: [:])
        }
        let written = try #require(cache(input: "content/fr/a.md", published: "fr/a/index.html").text())
        #expect(try BuildCache.parse(written).published.keys.sorted() == ["fr/a/index.html"])
        #expect(cache(input: "content/fr/a\tb.md", published: "fr/a/index.html").text() == nil)
        #expect(cache(input: "content/fr/a.md", published: "fr/a\nb/index.html").text() == nil)
    }

    @Test func aRecordThatCannotBeReadBackIsLeftForTheFile() throws {
        let line = "content/fr/a.md\t1:2:3:4\t\(String(repeating: "0", count: 32))\t\(String(repeating: "1", count: 32))\t4\t"
        for fields in ["titel=A", "title=A\tdate=2023-02-30", "title=A\\q", "title=A\tweight=lourd", "title=A\t@title=deux"] {
            let text = "revue source records 1\nrun k\ncount 1\n\(line)\(fields)\nend\n"
            let records = try #require(try SourceRecords.parse(Array(text.utf8), binaryKey: "k"))
            #expect(records.document("content/fr/a.md", stamp: FileStamp(inode: 1, size: 2, modified: 3, changed: 4),
                                     language: Self.french, path: "a.md", fullPath: "/nonexistent") == nil, "\(fields)")
        }
    }
}
