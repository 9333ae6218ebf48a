/// One page once rendered: its HTML, what was found wrong in it, and the
/// figures it shows, for the check that both languages agree.
public struct RenderedPage: Sendable {
    public let html: String
    public let diagnostics: [Diagnostic]
    let figures: PageFigures
}
