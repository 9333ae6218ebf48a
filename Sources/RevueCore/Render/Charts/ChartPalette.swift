/// The colours of charts: each has a contrast of at least 4.5:1 against the
/// white page (WCAG AA for text, and more than the 3:1 asked of graphics), and
/// neighbours differ in hue as well as lightness.
enum ChartPalette {
    static let colours = ["#00563f", "#1f5f99", "#a04a00", "#6b3a8c", "#a3123a", "#3d6b1f", "#00677a", "#7a5c00"]
    /// Labels and values.
    static let text = "#1f2933"
    /// The empty part of a progress bar: decoration, its meaning carried by the text.
    static let track = "#dde5e1"

    static func colour(_ index: Int) -> String {
        colours[index % colours.count]
    }
}
