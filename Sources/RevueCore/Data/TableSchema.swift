import Yams

/// The schema of a data table: its columns, the column that names its rows,
/// and the row holding declared totals, if any.
///
/// Read from `NAME.schema.yml` beside `NAME.csv`, or from the `schema:` part of
/// a YAML table.
public struct TableSchema: Sendable {
    /// Caption per language code, for tables and charts.
    public let title: [String: String]
    public let keyColumn: String
    /// The key of the row whose cells declare the totals of the other rows.
    public let totalRow: String?
    public let columns: [ColumnSchema]
    /// The file the schema was read from.
    public let file: String

    static let keys = ["title", "key", "total_row", "columns"]
    static let columnKeys = ["name", "type", "required", "label", "unit", "display", "precision", "signed", "values"]

    public func column(named name: String) -> ColumnSchema? {
        columns.first { $0.name == name }
    }

    /// Reads a schema from its YAML mapping, reporting every problem at once.
    static func read(_ yaml: YAMLMapping, languages: [String], into problems: inout [Diagnostic]) -> TableSchema? {
        let file = yaml.file
        let before = problems.count
        problems += yaml.unknownKeys(allowed: keys, what: "schema")
        let title = yaml.localized("title", languages: languages, into: &problems)
        var columns: [ColumnSchema] = []
        if let entry = yaml.entry("columns") {
            if case .sequence(let items) = entry.value, !items.isEmpty {
                for item in items {
                    if let column = readColumn(item, file: file, languages: languages, into: &problems) {
                        if columns.contains(where: { $0.name == column.name }) {
                            problems.append(.error("the column '\(column.name)' is declared twice", in: file, line: column.line))
                        } else {
                            columns.append(column)
                        }
                    }
                }
            } else {
                problems.append(.error("'columns' must be a list of columns, each with a name and a type", in: file, line: entry.line, column: entry.column))
            }
        } else {
            problems.append(.error("the schema has no 'columns': list the table's columns, each with a name and a type", in: file, line: 1))
        }
        let names = columns.map(\.name)
        let key = yaml.string("key", into: &problems)
        if let key, let entry = yaml.entry("key") {
            if let column = columns.first(where: { $0.name == key }) {
                if column.type != .text {
                    problems.append(.error("the key column '\(key)' must be of type text, it names the rows", in: file, line: entry.line, column: entry.column))
                }
            } else if !columns.isEmpty {
                problems.append(.error("the key '\(key)' is not a column of this table\(NearestName.hint(for: key, among: names))", in: file, line: entry.line, column: entry.column))
            }
        } else if yaml.entry("key") == nil {
            problems.append(.error("the schema has no 'key': name the column whose values name the rows (such as 'key: poste')", in: file, line: 1))
        }
        let totalRow = yaml.string("total_row", into: &problems)
        guard !problems[before...].contains(where: { $0.severity == .error }), let key else { return nil }
        return TableSchema(title: title, keyColumn: key, totalRow: totalRow, columns: columns, file: file)
    }

    private static func readColumn(_ node: Node, file: String, languages: [String], into problems: inout [Diagnostic]) -> ColumnSchema? {
        let item: YAMLMapping
        do {
            item = try YAMLMapping.mapping(node, file: file, firstLine: 1)
        } catch {
            problems += error.diagnostics
            return nil
        }
        let before = problems.count
        let line = node.mark?.line ?? 1
        problems += item.unknownKeys(allowed: columnKeys, what: "column")
        guard let name = item.string("name", into: &problems) else {
            problems.append(.error("a column needs a 'name'", in: file, line: line))
            return nil
        }
        if !DataTable.isValidName(name) {
            problems.append(.error("the column name '\(name)' must be written with lowercase letters, digits, '-' and '_' (it is used in references such as {{table.row.\(name)}})", in: file, line: line))
        }
        let type = readType(item, file: file, languages: languages, into: &problems)
        let display = item.choice("display", of: ColumnSchema.Display.self, into: &problems)
        let precision = item.int("precision", in: 0...6, into: &problems)
        let column = ColumnSchema(
            name: name, type: type ?? .text,
            required: item.bool("required", into: &problems) ?? true,
            label: item.localized("label", languages: languages, into: &problems),
            unit: ColumnUnit.read(from: item, languages: languages, into: &problems),
            display: display ?? (type == .count ? .compact : .full),
            precision: precision ?? defaultPrecision(type),
            signed: item.bool("signed", into: &problems) ?? false,
            line: line)
        return !problems[before...].contains(where: { $0.severity == .error }) && type != nil ? column : nil
    }

    private static func readType(_ item: YAMLMapping, file: String, languages: [String], into problems: inout [Diagnostic]) -> ColumnType? {
        guard let entry = item.entry("type"), let name = item.string("type", into: &problems) else {
            problems.append(.error("a column needs a 'type' (one of \(ColumnType.names.joined(separator: ", ")))", in: file, line: item.entries.first?.line ?? 1))
            return nil
        }
        let simple: [String: ColumnType] = [
            "text": .text, "localized": .localized, "integer": .integer, "decimal": .decimal, "percent": .percent,
            "money": .money, "count": .count, "date": .date, "date_range": .dateRange, "period": .period,
            "url": .url, "boolean": .boolean,
        ]
        if let type = simple[name] {
            if let values = item.entry("values") {
                problems.append(.error("'values' is only for columns of type enum", in: file, line: values.line, column: values.column))
            }
            return type
        }
        guard name == "enum" else {
            problems.append(.error("unknown column type '\(name)'\(NearestName.hint(for: name, among: ColumnType.names)); the types are \(ColumnType.names.joined(separator: ", "))",
                                   in: file, line: entry.line, column: entry.column))
            return nil
        }
        guard let valuesEntry = item.entry("values") else {
            problems.append(.error("an enum column needs its allowed 'values'", in: file, line: entry.line))
            return nil
        }
        var values: [ColumnType.EnumValue] = []
        switch valuesEntry.value {
        case .sequence(let sequence):
            for case .scalar(let scalar) in sequence {
                values.append(.init(value: scalar.string, labels: [:]))
            }
        case .mapping:
            guard let mapping = try? YAMLMapping.mapping(valuesEntry.value, file: file, firstLine: 1) else { return nil }
            for value in mapping.entries {
                values.append(.init(value: value.key, labels: mapping.localized(value.key, languages: languages, into: &problems)))
            }
        default:
            break
        }
        guard !values.isEmpty else {
            problems.append(.error("'values' must list the allowed values, such as [national, regional]", in: file, line: valuesEntry.line, column: valuesEntry.column))
            return nil
        }
        return .enumeration(values)
    }

    private static func defaultPrecision(_ type: ColumnType?) -> Int {
        switch type {
        case .decimal: 2
        case .money: 2
        case .count: 1
        default: 0
        }
    }
}
