/// An error that can say what went wrong in each language of the catalogue.
public protocol MessageError: Error {
    var message: Message { get }
}

extension Message {
    /// What `error` says: its message when it has one, else its own (English) text, as it is.
    public static func describing(_ error: any Error) -> Message {
        (error as? MessageError)?.message ?? .verbatim(String(describing: error))
    }
}
