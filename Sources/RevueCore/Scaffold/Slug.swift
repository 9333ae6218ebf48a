import Foundation

/// A file name for a new page, safe as a web address and readable in it:
/// « Santé mentale 2 » → `sante-mentale-2`, « الصحة النفسية » → `الصحة-النفسية`.
///
/// Latin letters lose their accents and are lowercased; Arabic letters are kept
/// (browsers show them as written in the address bar) without their vowel marks
/// and tatweel; digits stay; anything else becomes one `-`.
enum Slug {
    static func make(from text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let kept: String?
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: kept = String(scalar)
            case 0x41...0x5A: kept = String(scalar).lowercased()
            case 0x00E6: kept = "ae"
            case 0x0153: kept = "oe"
            case 0x00DF: kept = "ss"
            case 0x0640, 0x064B...0x065F, 0x0670: continue  // tatweel and vowel marks
            case 0x0621...0x063A, 0x0641...0x064A, 0x0660...0x0669, 0x0671...0x06D3: kept = String(scalar)
            default: kept = nil
            }
            guard let kept else {
                pendingHyphen = !slug.isEmpty
                continue
            }
            if pendingHyphen { slug += "-" }
            pendingHyphen = false
            slug += kept
        }
        return slug
    }
}
