/// The `id` attributes of a page's HTML: what a link's `#fragment` can lead to.
enum HTMLIDs {
    /// Every value written as ` id="…"`, with the entities revue escapes turned back, by bytes.
    static func find(in html: String) -> Set<String> {
        var ids: Set<String> = []
        let bytes = Array(html.utf8)
        let marker = Array(" id=\"".utf8)
        var index = 0
        while index + marker.count <= bytes.count {
            guard bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            let start = index + marker.count
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
            ids.insert(unescape(String(decoding: bytes[start..<end], as: UTF8.self)))
            index = end
        }
        return ids
    }

    private static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
