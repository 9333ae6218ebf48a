import Mustache

/// Text handed to templates as it is: swift-mustache tries a value as a template, a
/// custom renderable and a lambda before it falls back to `String(describing:)`,
/// which for a string goes through reflection; as a renderable, a string is taken
/// at the second try. What is printed is the same, escaped in `{{…}}` and not in `{{{…}}}`,
/// and a string still opens a section whatever its text.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

/// A string that opens a section (`{{#place}}…{{place}}…{{/place}}`) has no keys of its own:
/// a tag inside it is looked up further down the stack at once, where swift-mustache would
/// first reflect on the string to find it has no children.
extension String: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}
