/// A fixed set of short words (keywords, reserved names) that answers `contains` by comparing with
/// the few words of the same length instead of hashing: the name checks run for every property,
/// case and type the generator prints, and hashing a string costs more than a few comparisons of
/// small strings.
struct WordList: Sendable, ExpressibleByArrayLiteral {
    /// The words, grouped by their length in UTF-8 bytes.
    private let wordsByLength: [[String]]

    init(arrayLiteral words: String...) {
        var wordsByLength = Array(repeating: [String](), count: (words.map(\.utf8.count).max() ?? 0) + 1)
        for word in words { wordsByLength[word.utf8.count].append(word) }
        self.wordsByLength = wordsByLength
    }

    func contains(_ word: String) -> Bool {
        let length = word.utf8.count
        return length < wordsByLength.count && wordsByLength[length].contains(word)
    }
}
