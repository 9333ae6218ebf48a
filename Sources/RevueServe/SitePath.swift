import Foundation

/// The path of a request turned into the path of a file of the built site,
/// or refused: nothing outside the site can be named.
///
/// The request's path is percent-decoded once; `..`, `.`, backslashes, NUL
/// bytes and control characters are refused, as are encoded slashes, which
/// would hide a segment. A path ending in `/` names its folder's `index.html`.
public enum SitePath {
    public enum Resolution: Equatable, Sendable {
        /// A file of the site, relative to its root: `fr/chapitres/budget/index.html`.
        case file(String)
        /// A folder asked without its trailing slash: answer with a redirect to this path.
        case redirect(String)
        case refused
    }

    public static func resolve(_ rawPath: String, isFolder: (String) -> Bool) -> Resolution {
        guard rawPath.hasPrefix("/"), !rawPath.lowercased().contains("%2f"), !rawPath.lowercased().contains("%5c"),
              let decoded = rawPath.removingPercentEncoding else { return .refused }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        for segment in segments {
            if segment == ".." || segment == "." { return .refused }
            if segment.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) { return .refused }
        }
        let relative = segments.joined(separator: "/")
        if decoded.hasSuffix("/") || relative.isEmpty {
            return .file(relative.isEmpty ? "index.html" : relative + "/index.html")
        }
        if isFolder(relative) { return .redirect(folderAddress(rawPath)) }
        return .file(relative)
    }

    /// The folder's own address with its slash: `/fr/chapitres/`, as written by the
    /// request (still percent-encoded), with repeated slashes made one. It always
    /// starts with a single `/`, so no browser can read it as another host (`//host/`).
    static func folderAddress(_ rawPath: String) -> String {
        "/" + rawPath.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/") + "/"
    }
}
