/// "a" or "an" before a word the generator did not write itself (a client or result type, a kind
/// name): chosen by how the word is read aloud, so the docs say "an OpenWeatherClient", "an
/// HTTPClient", "an SDKClient" and "a URLSession", "a UserClient", "an hour".
///
/// A heuristic, for names rather than all English: a run of capitals before a capitalized word or
/// the end (`HTTP` in `HTTPClient`, `SDK`) is read letter by letter; anything else as a word, by its
/// first letter with the common exceptions (`user`, `unit`, `one`, `euro` begin with a consonant
/// sound, `hour`, `honest`, `heir` with a vowel); a number by how its first digits are said
/// (`an 8`, `an 11`, `an 18`).
enum IndefiniteArticle {
    /// `word` with its article: `an OpenWeatherClient`.
    static func prefixed(_ word: String) -> String {
        article(before: word) + " " + word
    }

    /// "a" or "an" for `word`. Leading characters that are not read (`` ` ``, `_`, `.`) are skipped.
    static func article(before word: String) -> String {
        let text = Array(word.drop { !$0.isLetter && !$0.isNumber })
        guard let first = text.first else { return "a" }
        if first.isNumber { return numberTakesAn(text) ? "an" : "a" }
        if isReadLetterByLetter(text) {
            return lettersWithVowelSoundName.contains(first.uppercased()) ? "an" : "a"
        }
        let lower = String(text).lowercased()
        if consonantSoundPrefixes.contains(where: lower.hasPrefix) { return "a" }
        if vowelSoundPrefixes.contains(where: lower.hasPrefix) { return "an" }
        return "aeiou".contains(lower.first!) ? "an" : "a"
    }

    /// Letters whose names start with a vowel sound: "an F", "an SDK", "an HTTP".
    private static let lettersWithVowelSoundName: Set<String> = ["A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X"]

    /// Words that start with a vowel letter and a consonant sound ("a user", "a one-off", "a euro").
    private static let consonantSoundPrefixes = ["uni", "use", "usa", "usu", "uti", "ura", "uro", "eu", "one", "once"]

    /// Words that start with a silent `h` ("an hour", "an honest", "an heir").
    private static let vowelSoundPrefixes = ["hour", "honest", "honor", "honour", "heir"]

    /// Whether the word begins with an acronym: two or more capitals (`SDK`, `HTTPClient`: `HTTP`
    /// then `Client`; `OAuth`: `O` then `Auth`), or one capital alone or before a digit or a
    /// separator (`X`, `A1`, `X-Ray`). One capital before lower-case letters is a word (`User`).
    private static func isReadLetterByLetter(_ text: [Character]) -> Bool {
        guard text[0].isUppercase else { return false }
        var capitals = 0
        while capitals < text.count, text[capitals].isUppercase { capitals += 1 }
        guard capitals < text.count else { return true }  // all capitals: `SDK`, `X`
        return capitals >= 2 || !text[capitals].isLetter
    }

    /// Whether a number is said starting with "eight" or "eleven"/"eighteen": `8`, `80`, `11`,
    /// `18`, `11500` (eleven thousand five hundred), not `110` or `1800`.
    private static func numberTakesAn(_ text: [Character]) -> Bool {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if digits.first == "8" { return true }
        guard digits.count >= 2, digits.count % 3 == 2 else { return false }
        let lead = String(digits.prefix(2))
        return lead == "11" || lead == "18"
    }
}
