import Foundation

/// Reads an editor's text file: UTF-8, with or without a byte-order mark, with
/// Unix or Windows line endings. Anything else is refused with a clear message.
enum SourceText {
    /// Files larger than this are refused rather than read into memory.
    static let maximumSize = 16 * 1024 * 1024

    static func read(_ url: URL, displayPath: String) throws(DiagnosticError) -> String {
        try read(path: url.path, displayPath: displayPath)
    }

    static func read(path: String, displayPath: String) throws(DiagnosticError) -> String {
        try decode(readBytes(path: path, displayPath: displayPath), displayPath: displayPath)
    }

    /// The file's bytes, read with one `open`, `fstat` and as few `read`s as its size needs.
    static func readBytes(path: String, displayPath: String) throws(DiagnosticError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw cannotRead(displayPath) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw cannotRead(displayPath) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw DiagnosticError(.error("cannot read the file: it is not a regular file", in: displayPath))
        }
        let size = Int(status.st_size)
        guard size <= maximumSize else {
            throw DiagnosticError(.error("the file is \(size / 1_048_576) MB; revue reads files of at most \(maximumSize / 1_048_576) MB", in: displayPath))
        }
        var data = Data(count: size)
        var filled = 0
        let failed = data.withUnsafeMutableBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            while filled < size {
                let count = Foundation.read(descriptor, base + filled, size - filled)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return count < 0 }
                filled += count
            }
            return false
        }
        guard !failed else { throw cannotRead(displayPath) }
        return filled == size ? data : data.prefix(filled)
    }

    private static func cannotRead(_ displayPath: String) -> DiagnosticError {
        DiagnosticError(.error("cannot read the file: \(String(cString: strerror(errno)).lowercased())", in: displayPath))
    }

    /// Decodes UTF-8, dropping a byte-order mark and turning CRLF and CR into LF.
    static func decode(_ data: Data, displayPath: String) throws(DiagnosticError) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw DiagnosticError(.error("the file is in UTF-16; save it as UTF-8", in: displayPath, line: 1))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidLine(in: bytes)
            throw DiagnosticError(.error("the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8", in: displayPath, line: line))
        }
        let hasCarriageReturn = bytes.withUnsafeBytes { buffer in
            buffer.baseAddress.map { memchr($0, 13, buffer.count) != nil } ?? false
        }
        if hasCarriageReturn {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// The line holding the first byte sequence that is not UTF-8.
    private static func firstInvalidLine(in bytes: Data.SubSequence) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 10 {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = bytes.index(after: index)
        }
        return line
    }
}
