/// Front matter as the build cache keeps it (`SourceRecords`): one `key=value`
/// field per value, the keys those of the front matter, `tags=` once per tag and
/// `@key=line` for the line of each key, so that a page read from the cache
/// gives the same findings as one read from its file.
extension FrontMatter {
    /// The fields of this front matter, values as they are typed.
    var recordFields: [(key: String, value: String)] {
        var fields = [(key: "title", value: title)]
        func add(_ key: String, _ value: String?) {
            if let value { fields.append((key, value)) }
        }
        add("link_title", linkTitle)
        add("summary", summary)
        add("date", date?.description)
        add("end_date", endDate?.description)
        add("yearly", yearly ? "1" : nil)
        add("weight", weight.map(String.init))
        add("number", number.map(String.init))
        add("kind", kind?.rawValue)
        add("draft", draft ? "1" : nil)
        for tag in tags { add("tags", tag) }
        add("translation_key", translationKey)
        add("cover", cover)
        add("cover_alt", coverAlt)
        add("author", author)
        add("attribution", attribution)
        add("place", place)
        add("slogan", slogan)
        add("period", period)
        add("pages", pages?.rawValue)
        for (key, line) in lines.sorted(by: { $0.key < $1.key }) { add("@" + key, String(line)) }
        return fields
    }

    /// The front matter of these fields; nil when one of them is not one `recordFields` writes.
    init?(recordFields fields: some Sequence<(key: some StringProtocol, value: String)>) {
        self.init()
        for (key, value) in fields {
            if key.first == "@" {
                guard let line = Int(value) else { return nil }
                lines[String(key.dropFirst())] = line
                continue
            }
            guard take(value, as: key) else { return nil }
        }
    }

    /// Sets the value of `key`; false when the key or the value cannot be.
    private mutating func take(_ value: String, as key: some StringProtocol) -> Bool {
        switch key {
        case "title": title = value
        case "link_title": linkTitle = value
        case "summary": summary = value
        case "date": date = Day(iso: value); return date != nil
        case "end_date": endDate = Day(iso: value); return endDate != nil
        case "yearly": yearly = true
        case "weight": weight = Int(value); return weight != nil
        case "number": number = Int(value); return number != nil
        case "kind": kind = PageKind(rawValue: value); return kind != nil
        case "draft": draft = true
        case "tags": tags.append(value)
        case "translation_key": translationKey = value
        case "cover": cover = value
        case "cover_alt": coverAlt = value
        case "author": author = value
        case "attribution": attribution = value
        case "place": place = value
        case "slogan": slogan = value
        case "period": period = value
        case "pages": pages = PageKind(rawValue: value); return pages != nil
        default: return false
        }
        return true
    }
}
