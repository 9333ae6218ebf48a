/// A row of a data file before typing: each cell's text under the field name
/// it was written with (`libelle.fr` for one language of a localized column),
/// and where it was written.
struct RawRow {
    struct Cell {
        let text: String
        let line: Int
        let column: Int?
    }

    let line: Int
    var cells: [String: Cell] = [:]
}
