import Foundation
import NIOCore

/// A built site held in memory, so that a request never sees a half-written
/// file: each file's bytes, type and ETag, read once after a successful build.
public struct SiteSnapshot: Sendable {
    /// One file of the site, ready to send.
    public struct File: Sendable {
        public let body: ByteBuffer
        public let contentType: String
        public let etag: String
    }

    public let files: [String: File]
    public let folders: Set<String>

    /// Reads every regular file below `root`; links are not followed, so no file outside can be served.
    public static func read(_ root: URL) throws -> SiteSnapshot {
        var files: [String: File] = [:]
        var folders: Set<String> = []
        let base = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return SiteSnapshot(files: [:], folders: []) }
        while let path = enumerator.nextObject() as? String {
            let full = base + "/" + path
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?:
                folders.insert(path)
            case .typeRegular?:
                let data = try Data(contentsOf: URL(fileURLWithPath: full))
                files[path] = File(body: ByteBuffer(bytes: data), contentType: contentType(of: path), etag: etag(of: data))
            default:
                continue
            }
        }
        return SiteSnapshot(files: files, folders: folders)
    }

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "pdf": "application/pdf", "woff2": "font/woff2",
        "json": "application/json", "xml": "application/xml; charset=utf-8", "txt": "text/plain; charset=utf-8",
    ]

    static func contentType(of path: String) -> String {
        let fileExtension = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return types[fileExtension] ?? "application/octet-stream"
    }

    /// A strong validator from the bytes (FNV-1a, 64 bits): the same file gives the same tag across rebuilds.
    static func etag(of data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return "\"\(String(hash, radix: 16))-\(data.count)\""
    }
}
