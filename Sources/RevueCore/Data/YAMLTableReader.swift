import Yams

/// Reads a YAML data file: its `schema:` and its `rows:`, a list of mappings
/// whose localized cells are written `{fr: …, ar: …}`.
enum YAMLTableReader {
    static let keys = ["schema", "rows"]

    static func read(_ text: String, file: String, languages: [String], into problems: inout [Diagnostic]) -> (TableSchema, [RawRow])? {
        let yaml: YAMLMapping
        do {
            yaml = try YAMLMapping.parse(text, file: file)
        } catch {
            problems += error.diagnostics
            return nil
        }
        problems += yaml.unknownKeys(allowed: keys, what: "data table")
        guard let schemaEntry = yaml.entry("schema") else {
            problems.append(.error("a YAML table starts with its 'schema:' (key and columns), then its 'rows:'", in: file, line: 1))
            return nil
        }
        let schemaMapping: YAMLMapping
        do {
            schemaMapping = try YAMLMapping.mapping(schemaEntry.value, file: file, firstLine: 1)
        } catch {
            problems += error.diagnostics
            return nil
        }
        guard let schema = TableSchema.read(schemaMapping, languages: languages, into: &problems) else { return nil }
        guard let rowsEntry = yaml.entry("rows") else {
            problems.append(.error("the table has no 'rows:'", in: file, line: 1))
            return nil
        }
        guard case .sequence(let items) = rowsEntry.value else {
            problems.append(.error("'rows' must be a list, one '- column: value' mapping per row", in: file, line: rowsEntry.line, column: rowsEntry.column))
            return nil
        }
        let fields = TableBuilder.fieldNames(of: schema, languages: languages)
        var rows: [RawRow] = []
        for item in items {
            if let row = rawRow(item, schema: schema, fields: fields, file: file, languages: languages, into: &problems) {
                rows.append(row)
            }
        }
        return (schema, rows)
    }

    private static func rawRow(_ node: Node, schema: TableSchema, fields: [String], file: String, languages: [String], into problems: inout [Diagnostic]) -> RawRow? {
        let mapping: YAMLMapping
        do {
            mapping = try YAMLMapping.mapping(node, file: file, firstLine: 1)
        } catch {
            problems += error.diagnostics
            return nil
        }
        var row = RawRow(mappingAt: node.mark?.line ?? 1)
        for entry in mapping.entries {
            let column = schema.column(named: entry.key)
            switch entry.value {
            case .scalar(let scalar) where fields.contains(entry.key):
                row.set(cell(scalar, at: entry.value, entry: entry), for: entry.key)
            case .mapping where column?.type == .localized:
                guard let texts = try? YAMLMapping.mapping(entry.value, file: file, firstLine: 1) else { continue }
                problems += texts.unknownKeys(allowed: languages, what: "language")
                for text in texts.entries {
                    guard case .scalar(let scalar) = text.value else {
                        problems.append(texts.expected("a text", for: text))
                        continue
                    }
                    row.set(cell(scalar, at: text.value, entry: text), for: "\(entry.key).\(text.key)")
                }
            default:
                if fields.contains(entry.key) || column != nil {
                    let form: Message = column?.type == .localized ? "one text per language, {\(languages.map { "\($0): …" }.joined(separator: ", "))}" : "a single value"
                    problems.append(.error("column '\(entry.key)' must be \(form)", in: file, line: entry.line, column: entry.column))
                } else {
                    // `{ montant: 12,5 }` reads as a column `5`: the comma of a decimal number.
                    let hint: Message = entry.key.allSatisfy(\.isNumber)
                        ? ": in braces a comma separates columns; write a decimal number with a dot, such as 12.5"
                        : NearestName.hint(for: entry.key, among: fields)
                    problems.append(.error("the column '\(entry.key)' is not declared in the table's schema\(hint)",
                                           in: file, line: entry.line, column: entry.column))
                }
            }
        }
        return row
    }

    /// A cell's text; YAML's `~` and `null` leave it empty.
    private static func cell(_ scalar: Node.Scalar, at node: Node, entry: YAMLMapping.Entry) -> RawRow.Cell {
        let isNull = scalar.style == .plain && (scalar.string == "~" || scalar.string == "null")
        return RawRow.Cell(text: isNull ? "" : scalar.string, line: node.mark?.line ?? entry.line, column: node.mark?.column ?? entry.column)
    }
}
