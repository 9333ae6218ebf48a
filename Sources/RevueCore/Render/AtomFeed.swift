/// The Atom feed of one language (RFC 4287): its activities and campaigns, and in a series
/// its dated issues, newest first, with absolute addresses, so that a journalist following
/// the ministry is told of each new one. Days of every year (`yearly`) are left out: the year
/// of their `date` only orders them.
struct AtomFeed: Sendable {
    /// One page of the feed.
    struct Entry: Sendable {
        let title: String
        let address: String
        let day: Day
        let summary: String?
    }

    let language: Language
    let title: String
    /// The feed's own absolute address, which is also its id.
    let address: String
    /// The language's home, where the feed's entries are listed.
    let home: String
    let author: String
    let entries: [Entry]

    /// The kinds of page a feed tells of.
    static let kinds: Set<PageKind> = [.activity, .campaign, .issue]

    /// Whether a feed tells of `page`: one of its kinds, dated with a day of its own.
    static func tells(_ page: Page) -> Bool {
        kinds.contains(page.kind) && page.frontMatter.date != nil && !page.frontMatter.yearly
    }

    /// `fr/feed.xml`.
    static func path(of language: Language) -> String {
        "\(language.code)/feed.xml"
    }

    var xml: String {
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTML.escape(language.code))">
          <id>\(HTML.escape(address))</id>
          <title>\(HTML.escape(title))</title>
          <link rel="self" type="application/atom+xml" href="\(HTML.escape(address))"/>
          <link rel="alternate" type="text/html" href="\(HTML.escape(home))"/>
          <updated>\(Self.timestamp(entries.map(\.day).max()))</updated>
          <author><name>\(HTML.escape(author))</name></author>

        """
        for entry in entries {
            xml += """
              <entry>
                <id>\(HTML.escape(entry.address))</id>
                <title>\(HTML.escape(entry.title))</title>
                <link rel="alternate" type="text/html" href="\(HTML.escape(entry.address))"/>
                <updated>\(Self.timestamp(entry.day))</updated>

            """
            if let summary = entry.summary {
                xml += "    <summary type=\"text\">\(HTML.escape(summary))</summary>\n"
            }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// A day as RFC 3339 at midnight UTC: `2023-05-12T00:00:00Z`.
    static func timestamp(_ day: Day?) -> String {
        "\(day?.description ?? "1970-01-01")T00:00:00Z"
    }
}
