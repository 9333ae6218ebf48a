extension StringProtocol {
    /// The text without the spaces and tabs at its ends — what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes (tabs and every Unicode space
    /// separator) without passing through `NSString`, for the paths every page takes.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }),
              let last = scalars.lastIndex(where: { !Self.isSpace($0) }) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
