/// Everything a page's HTML can depend on besides its own Markdown, as one digest:
/// the stamps of every input that is not a page (`revue.yml`, the data tables, the
/// images, the theme's files), and of every page its address, its file and its
/// front matter's text, which give the titles, dates, summaries and order that
/// other pages show; then the print editions the covers link to.
///
/// When the frame is the last build's, a page whose Markdown is the same as then
/// has the same view: the build keeps its published file without rendering it.
/// Anything left out of the frame would let a page be kept that should change,
/// so the frame leans the other way: a touched image or a new editor's backup
/// file beside the pages costs a full render, never a wrong page.
struct RenderFrame {
    /// The frame of `site` read from `inputs`; nil when a page's front matter was not
    /// digested as it was read, or something could not be stamped: nothing is kept then.
    static func digest(of site: Site, inputs: InputStamps, editions: [Int: SiteEditions.Printed]) -> ContentDigest? {
        guard inputs.isComplete else { return nil }
        var hasher = ContentDigest.Hasher()
        let pageFiles = Set(site.pages.map(\.document.file))
        // The inputs in no order: each one's digest is summed, which needs no sorting of tens of thousands of paths.
        let digests = ParallelMap.map(Array(inputs.stamps)) { path, stamp -> ContentDigest? in
            guard !pageFiles.contains(path) else { return nil }
            var input = ContentDigest.Hasher()
            input.add(path)
            input.add(stamp.inode)
            input.add(UInt64(bitPattern: stamp.size))
            input.add(UInt64(bitPattern: stamp.modified))
            input.add(UInt64(bitPattern: stamp.changed))
            return input.digest
        }
        var sum = (high: UInt64(0), low: UInt64(0), count: UInt64(0))
        for case let digest? in digests {
            sum = (sum.high &+ digest.high, sum.low &+ digest.low, sum.count + 1)
        }
        hasher.add(sum.high)
        hasher.add(sum.low)
        hasher.add(sum.count)
        hasher.add(UInt64(site.pages.count))
        for page in site.pages {
            guard let matter = page.document.frontMatterDigest else { return nil }
            hasher.add(page.outputPath)
            hasher.add(page.document.file)
            hasher.add(matter.high)
            hasher.add(matter.low)
        }
        for (index, printed) in editions.sorted(by: { $0.key < $1.key }) {
            hasher.add(UInt64(index))
            hasher.add(printed.path)
            hasher.add(UInt64(printed.facts.bytes))
            hasher.add(UInt64(printed.facts.pages ?? 0))
        }
        return hasher.digest
    }
}
