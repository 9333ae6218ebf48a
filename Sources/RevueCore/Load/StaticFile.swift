import Foundation

/// A file copied to the site as it is: an image, a PDF, a theme's stylesheet.
public struct StaticFile: Sendable, Hashable {
    public let source: URL
    /// The path inside the site, such as `fr/chapitres/organigramme.png`.
    public let outputPath: String

    /// The extensions of files in `content/` that are copied beside their pages.
    public static let contentExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "svg", "webp", "avif", "pdf"]
}
