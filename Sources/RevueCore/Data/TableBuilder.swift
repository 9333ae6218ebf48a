import Foundation

/// Types the raw rows of one data file by its schema: every cell parsed by its
/// column's type, keys checked, declared totals compared with the sums.
/// Every problem is reported, not only the first.
struct TableBuilder {
    let name: String
    let file: String
    let schema: TableSchema
    let languages: [String]

    /// The translations of localized columns (`libelle.ar`, not the default language's `libelle.fr`):
    /// fields a data file may leave out while a language is being added.
    static func standInFields(of schema: TableSchema, languages: [String]) -> Set<String> {
        Set(schema.columns.filter { $0.type == .localized }.flatMap { column in languages.dropFirst().map { "\(column.name).\($0)" } })
    }

    /// The field names a data file may use: `montant`, or `libelle.fr` and `libelle.ar`.
    static func fieldNames(of schema: TableSchema, languages: [String]) -> [String] {
        schema.columns.flatMap { column in
            column.type == .localized ? languages.map { "\(column.name).\($0)" } : [column.name]
        }
    }

    func build(_ rawRows: [RawRow], into problems: inout [Diagnostic]) -> DataTable? {
        let before = problems.count
        var rows: [DataRow] = []
        var firstLineOfKey: [String: Int] = [:]
        var positions: [String: Int] = [:]
        for (position, column) in schema.columns.enumerated() {
            positions[column.name] = position
        }
        let keyPosition = positions[schema.keyColumn]
        for raw in rawRows {
            let cells = schema.columns.map { typedCell($0, in: raw, into: &problems) }
            let place = keyPosition.flatMap { cells[$0] }
            guard case .text(let key) = place?.value else { continue }
            if !DataTable.isValidName(key) {
                problems.append(.error("the row key '\(key)' must be written with lowercase letters, digits, '-' and '_' (it is used in references such as {{\(name).\(key).column}})",
                                       in: file, line: place?.line ?? raw.line, column: place?.column))
            } else if let earlier = firstLineOfKey[key] {
                problems.append(.error("the row key '\(key)' is already used on line \(earlier): each row needs its own key",
                                       in: file, line: place?.line ?? raw.line, column: place?.column))
            } else {
                firstLineOfKey[key] = raw.line
            }
            rows.append(DataRow(key: key, line: raw.line, cells: cells, positions: positions))
        }
        let table = DataTable(name: name, file: file, schema: schema, rows: rows)
        // Warnings (a translation standing in) leave the table whole; an error leaves it out.
        func hasErrors() -> Bool { problems[before...].contains { $0.severity == .error } }
        if !hasErrors() {
            checkTotals(of: table, into: &problems)
        }
        return hasErrors() ? nil : table
    }

    // MARK: - Cells

    private func typedCell(_ column: ColumnSchema, in raw: RawRow, into problems: inout [Diagnostic]) -> DataRow.Cell? {
        if column.type == .localized {
            return localizedCell(column, in: raw, into: &problems)
        }
        let written = raw[column.name]
        let text = written?.text ?? ""
        let line = written?.line ?? raw.line
        switch CellParser.parse(text, as: column.type) {
        case .success(.empty):
            if column.required || column.name == schema.keyColumn {
                problems.append(missing(column.name, type: column.type, line: line, column: written?.column))
            }
            return nil
        case .success(let value):
            return DataRow.Cell(value: value, line: line, column: written?.column)
        case .failure(let problem):
            problems.append(.error("column '\(column.name)' (\(column.type.name)): \(problem.message)", in: file, line: line, column: written?.column))
            return nil
        }
    }

    private func localizedCell(_ column: ColumnSchema, in raw: RawRow, into problems: inout [Diagnostic]) -> DataRow.Cell? {
        var texts: [String: String] = [:]
        var place: RawRow.Cell?
        for language in languages {
            let field = "\(column.name).\(language)"
            let written = raw[field]
            place = place ?? written
            let text = (written?.text ?? "").trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                texts[language] = text
            } else if let first = languages.first, language != first, let standIn = texts[first] {
                // A translation not written yet: the default language's text, said once per cell.
                texts[language] = standIn
                if written != nil || raw.fromMapping {
                    problems.append(.warning("'\(field)' has no text yet: the '\(first)' text stands in for it", in: file,
                                             line: written?.line ?? raw.line, column: written?.column, code: "missing-translation"))
                }
            } else if column.required {
                problems.append(missing(field, type: .localized, line: written?.line ?? raw.line, column: written?.column))
            }
        }
        guard !texts.isEmpty else { return nil }
        return DataRow.Cell(value: .localized(texts), line: place?.line ?? raw.line, column: place?.column)
    }

    private func missing(_ field: String, type: ColumnType, line: Int, column: Int?) -> Diagnostic {
        .error("column '\(field)' (\(type.name)) is empty: write \(type.expectation), or declare the column 'required: false'",
               in: file, line: line, column: column)
    }

    // MARK: - Totals

    /// The row named by `total_row` declares totals: each must equal the sum of the other rows, exactly.
    private func checkTotals(of table: DataTable, into problems: inout [Diagnostic]) {
        guard let totalKey = schema.totalRow else { return }
        guard let total = table.row(totalKey) else {
            problems.append(.error("'total_row' names the row '\(totalKey)', which is not in \(file)\(NearestName.hint(for: totalKey, among: table.rows.map(\.key)))",
                                   in: schema.file))
            return
        }
        for column in schema.columns where column.type.isSummable {
            guard let declared = total.cell(column.name), let declaredNumber = declared.value.number else { continue }
            let sum = ColumnTotal.number(of: column.name, in: table.dataRows)
            if sum != declaredNumber {
                let plain = { (number: Decimal) in NSDecimalNumber(decimal: number).stringValue }
                problems.append(.error("the total of column '\(column.name)' is declared as \(plain(declaredNumber)), but the other rows add up to \(plain(sum)) (a difference of \(plain(declaredNumber - sum)))",
                                       in: file, line: declared.line, column: declared.column))
            }
        }
    }
}
