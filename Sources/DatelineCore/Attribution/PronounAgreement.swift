/// "he said" cannot continue what "a Russian woman" said: a pronoun resolves to an earlier
/// claimant only when the claimant's words do not name the other gender.
enum PronounAgreement {
    static let femaleWords: Set<String> = ["woman", "women", "mother", "girl", "wife", "daughter", "grandmother", "sister", "ms", "mrs", "madam", "she"]
    static let maleWords: Set<String> = ["man", "men", "father", "boy", "husband", "son", "grandfather", "brother", "mr", "he"]

    static func compatible(cue: String, claimant: String) -> Bool {
        let cueWords = words(cue)
        let nameWords = words(claimant)
        if cueWords.contains("he") { return nameWords.isDisjoint(with: femaleWords) }
        if cueWords.contains("she") { return nameWords.isDisjoint(with: maleWords) }
        return true
    }

    private static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init))
    }
}
