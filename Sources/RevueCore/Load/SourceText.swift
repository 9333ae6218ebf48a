import Foundation

/// Reads an editor's text file: UTF-8, with or without a byte-order mark, with
/// Unix or Windows line endings. Anything else is refused with a clear message.
enum SourceText {
    /// Files larger than this are refused rather than read into memory.
    static let maximumSize = 64 * 1024 * 1024

    static func read(_ url: URL, displayPath: String) throws(DiagnosticError) -> String {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maximumSize {
                throw DiagnosticError(.error("the file is \(size / 1_048_576) MB; revue reads files of at most \(maximumSize / 1_048_576) MB", in: displayPath))
            }
            data = try Data(contentsOf: url)
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(.error("cannot read the file: \(readProblem(error))", in: displayPath))
        }
        return try decode(data, displayPath: displayPath)
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
        if text.utf8.contains(13) {
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

    private static func readProblem(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError {
            return "permission denied"
        }
        return nsError.localizedDescription
    }
}
