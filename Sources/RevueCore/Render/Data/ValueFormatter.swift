import Foundation

/// Formats the cells of data tables for one language, through ICU with the
/// language's explicit locale: Latin digits, grouping by `revue.yml` (a narrow
/// no-break space by default), Moroccan month names, dirhams, compact millions.
///
/// Created once per language per build and shared by the threads that render
/// pages; its number formatters are made once per precision and used under a lock,
/// and what a page shows of a table is formatted once, when the build starts
/// (see `PageData`).
final class ValueFormatter: @unchecked Sendable {
    /// Words of one language for amounts and answers, from the theme's strings.
    struct Words: Sendable {
        var currency = "DH"
        var million = "M"
        var billion = "Md"
        /// The words after a whole number from 3 to 10, where the language has a
        /// plural of that kind ("few" in CLDR): ٥ ملايين, 8 ملايير in Arabic.
        var millionFew: String?
        var billionFew: String?
        var yes = "yes"
        var no = "no"
        /// Running text says « 22 millions de bénéficiaires », not « 22 M »: the scale's word by
        /// plural category (`million_prose_one: million`, `million_prose_other: millions`), the
        /// currency in words, and what joins a scale to its noun (French `de`, `d’` before a vowel).
        var prose: [String: String] = [:]

        init(strings: [String: String]) {
            prose = strings.filter { ($0.key.contains("_prose") || $0.key == "scale_of") && !$0.value.isEmpty }
            currency = strings["currency"] ?? currency
            million = strings["million"] ?? million
            billion = strings["billion"] ?? billion
            millionFew = strings["million_few"]
            billionFew = strings["billion_few"]
            yes = strings["yes"] ?? yes
            no = strings["no"] ?? no
        }
    }

    let language: Language
    let words: Words
    private let days: DayFormatter
    private let ranges: Date.IntervalFormatStyle
    private let lock = NSLock()
    private var numberFormatters: [Int: NumberFormatter] = [:]

    /// The strings that a theme gives for these words, checked by the theme.
    static let wordKeys = ["currency", "million", "billion", "yes", "no"]

    init(language: Language, strings: [String: String]) {
        self.language = language
        words = Words(strings: strings)
        days = DayFormatter(language: language)
        ranges = Date.IntervalFormatStyle(date: .long, time: .omitted, locale: language.locale,
                                          calendar: Day.utcCalendar, timeZone: Day.utcCalendar.timeZone)
    }

    /// A cell as readers of this language read it, with its unit: `28 130 252 000 DH`, `19 %`, `22 M`;
    /// `inProse`, compact amounts in words: `22 millions de bénéficiaires`, `28,13 milliards de dirhams`.
    func string(_ value: DataValue, column: ColumnSchema, display: ColumnSchema.Display? = nil, inProse: Bool = false) -> String {
        let display = display ?? column.display
        if inProse, display == .compact, let number = value.number, let words = inWords(number, column: column, value: value) {
            return signed(number > 0, column) + words
        }
        let unit = { (number: Decimal) in column.unit.word(after: number, in: self.language.code).map { "\u{00A0}\($0)" } ?? "" }
        switch value {
        case .empty: return ""
        case .text(let text): return text
        case .localized(let texts): return texts[language.code] ?? ""
        case .integer(let number): return signed(number > 0, column) + self.number(Decimal(number), precision: 0) + unit(Decimal(number))
        case .decimal(let number): return signed(number > 0, column) + self.number(number, precision: column.precision) + unit(number)
        case .percent(let number):
            // Running text may say the sign in words, as Moroccan Arabic prose does: « 19 في المائة ».
            let sign = inProse ? words.prose["percent_prose"].map { "\u{00A0}" + $0 } : nil
            return signed(number > 0, column) + self.number(number, precision: column.precision) + (sign ?? "\u{202F}%")
        case .count(let number):
            return signed(number > 0, column) + (display == .compact ? compact(Decimal(number), precision: column.precision) : self.number(Decimal(number), precision: 0))
                + unit(Decimal(number))
        case .money(let centimes):
            let dirhams = Decimal(centimes) / 100
            let amount = display == .compact ? compact(dirhams, precision: column.precision)
                : self.number(dirhams, precision: centimes % 100 == 0 ? 0 : 2, fixed: true)
            return signed(centimes > 0, column) + amount + "\u{00A0}" + words.currency
        case .date(let day): return days.string(day)
        case .yearlyDay(let day): return days.string(day, withYear: false)
        case .dateRange(let start, let end):
            guard start != end else { return days.string(start) }
            let range = DayFormatter.withoutBidiMarks((start.date..<end.date).formatted(ranges))
            return (start.day == 1 || end.day == 1) && DayFormatter.writesFirstAsOrdinal(language) ? DayFormatter.ordinalFirst(range) : range
        case .period(let first, let last): return "\(first)/\(last)"
        case .url(let address): return address
        case .choice(let value):
            guard case .enumeration(let values) = column.type else { return value }
            return values.first { $0.value == value }?.labels[language.code] ?? value
        case .boolean(let flag): return flag ? words.yes : words.no
        }
    }

    /// A number with this language's separators and at most `precision` decimals
    /// (exactly `precision` when `fixed`): 4,587 ; 28 130 252 000.
    func number(_ value: Decimal, precision: Int, fixed: Bool = false) -> String {
        lock.lock()
        defer { lock.unlock() }
        let formatter = numberFormatter(precision: precision, fixed: fixed)
        return formatter.string(from: NSDecimalNumber(decimal: value)) ?? "\(value)"
    }

    /// 22 M, 9,6 مليون, 28,13 Md: millions and billions with their word; smaller numbers in full.
    func compact(_ value: Decimal, precision: Int) -> String {
        let magnitude = value < 0 ? -value : value
        if magnitude >= 1_000_000_000 {
            return scaled(value / 1_000_000_000, precision: precision, word: words.billion, few: words.billionFew)
        }
        if magnitude >= 1_000_000 {
            return scaled(value / 1_000_000, precision: precision, word: words.million, few: words.millionFew)
        }
        return number(value, precision: 0)
    }

    /// Whether running text says `number` in words (the theme gives them), rather than compact.
    func writesInWords(_ number: Decimal, column: ColumnSchema, value: DataValue) -> Bool {
        inWords(number, column: column, value: value) != nil
    }

    /// A million or more in words, for running text; nil when the theme gives no words for it.
    private func inWords(_ value: Decimal, column: ColumnSchema, value cell: DataValue) -> String? {
        let magnitude = value < 0 ? -value : value
        guard magnitude >= 1_000_000 else { return nil }
        let (scale, name): (Decimal, String) = magnitude >= 1_000_000_000 ? (1_000_000_000, "billion") : (1_000_000, "million")
        // The word agrees with the number as shown: 1 999 999 shown « 2 » takes the form of 2.
        let inScale = Self.rounded(value / scale, precision: column.precision)
        let category = PluralCategory.of(inScale, language: language.code)
        let noun: String?
        if case .money = cell { noun = words.prose["currency_prose"] ?? words.currency } else { noun = column.unit.word(after: value, in: language.code) }
        // Before its noun a word may take another form (Arabic: مليونا مستفيد, but مليونان alone).
        let key = "\(name)_prose_\(category.rawValue)"
        guard let word = (noun == nil ? nil : words.prose[key + "_construct"]) ?? words.prose[key] ?? words.prose["\(name)_prose_other"] else {
            return nil
        }
        // Where the language names one and two by the word alone (Arabic: مليون, مليونان), no figure is written.
        let alone = words.prose["\(name)_prose_alone"]?.split(separator: " ").contains { $0 == category.rawValue } ?? false
        // Exactly one of the scale is said in a word where the language has one: « un million ».
        let one = inScale == 1 ? words.prose["one_prose"] : nil
        let figure = alone ? word : (one ?? number(inScale, precision: column.precision)) + "\u{00A0}" + word
        guard let noun else { return figure }
        guard let of = words.prose["scale_of"] else { return figure + "\u{00A0}" + noun }
        let elides = of == "de" && noun.first.map { "aeiouyhàâéèêëîïôûAEIOUYHÉ".contains($0) } == true
        return figure + "\u{00A0}" + (elides ? "d’" + noun : of + "\u{00A0}" + noun)
    }

    /// `value` with at most `precision` decimals, rounded as the number formatters round (half up).
    private static func rounded(_ value: Decimal, precision: Int) -> Decimal {
        var exact = value
        var result = Decimal()
        NSDecimalRound(&result, &exact, precision, .plain)
        return result
    }

    private func scaled(_ value: Decimal, precision: Int, word: String, few: String?) -> String {
        let shown = number(value, precision: precision)
        let rounded = Self.rounded(value, precision: precision)
        let isFew = (3...10).contains(where: { Decimal($0) == rounded })
        return shown + "\u{00A0}" + (isFew ? few ?? word : word)
    }

    private func signed(_ positive: Bool, _ column: ColumnSchema) -> String {
        column.signed && positive ? "+" : ""
    }

    /// Called under the lock. A formatter is never changed once made: changing
    /// any setting makes Foundation build its ICU formatter again.
    private func numberFormatter(precision: Int, fixed: Bool) -> NumberFormatter {
        let key = precision * 2 + (fixed ? 1 : 0)
        if let formatter = numberFormatters[key] { return formatter }
        let formatter = NumberFormatter()
        formatter.locale = language.locale
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = language.groupingSeparator
        if let decimal = language.decimalSeparator { formatter.decimalSeparator = decimal }
        formatter.maximumFractionDigits = precision
        formatter.minimumFractionDigits = fixed ? precision : 0
        formatter.roundingMode = .halfUp
        numberFormatters[key] = formatter
        return formatter
    }
}
