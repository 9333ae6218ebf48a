import Foundation

/// What `revue build` is asked to do.
public struct BuildOptions: Sendable {
    /// The project folder, holding `revue.yml`, `content/` and `templates/`.
    public var project: URL
    /// Where the site is published; `site/` in the project by default.
    public var output: URL
    public var includeDrafts = false
    /// Treats warnings as errors.
    public var strict = false
    /// Reuses, and keeps for the next build, what this build finds as the last one left it (`BuildCache`); `--no-cache` turns it off.
    public var useCache = true
    /// Whether Pagefind indexes the site for its search box: when it is installed (`automatic`, what
    /// `revue build` asks unless told), always, or never (the default of the library, for its own uses).
    public var search = Search.off
    /// Prints each language's edition with Chromium into the site, linked from its cover (`revue build --pdf`).
    public var pdf = false
    /// Where the programs revue runs (Pagefind, Chromium, pdftotext) are looked for: `PATH`'s folders.
    public var programPath = ProcessInfo.processInfo.environment["PATH"]

    public enum Search: Sendable {
        case automatic, required, off
    }

    public init(project: URL, output: URL? = nil) {
        self.project = project.standardizedFileURL
        self.output = (output ?? project.appendingPathComponent("site")).standardizedFileURL
    }
}
