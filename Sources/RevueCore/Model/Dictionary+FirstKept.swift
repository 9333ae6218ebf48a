extension Dictionary {
    /// A dictionary of `pairs` where a key given twice keeps its first value.
    ///
    /// Keys that come from editors' files can repeat; whoever reads them reports
    /// the repetition, and nothing traps on it.
    init<S: Sequence>(keepingFirst pairs: S) where S.Element == (Key, Value) {
        self.init(pairs, uniquingKeysWith: { first, _ in first })
    }
}
