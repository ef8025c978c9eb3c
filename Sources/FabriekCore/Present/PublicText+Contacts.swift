/// Finding e-mail addresses and phone numbers in free text.
extension PublicText {
  static func replacingEmails(in text: String) -> String {
    guard text.contains("@") else { return text }
    let chars = Array(text)
    var out = ""
    var i = 0
    var copied = 0
    while i < chars.count {
      guard chars[i] == "@" else {
        i += 1
        continue
      }
      var start = i
      while start > copied, isLocalPart(chars[start - 1]) { start -= 1 }
      while start < i, chars[start] == "." { start += 1 }
      var end = i + 1
      while end < chars.count, isDomainPart(chars[end]) { end += 1 }
      while end > i + 1, chars[end - 1] == "." || chars[end - 1] == "-" { end -= 1 }
      let domain = chars[(i + 1)..<end]
      if start < i, let dot = domain.lastIndex(of: "."), dot > i + 1, dot < end - 1 {
        out += String(chars[copied..<start]) + emailMark
        copied = end
        i = end
      } else {
        i += 1
      }
    }
    out += String(chars[copied...])
    return out
  }

  private static func isLocalPart(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || "._%+-'".contains(c)
  }

  private static func isDomainPart(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "." || c == "-" }

  private static func isPhoneSeparator(_ c: Character) -> Bool {
    " \u{A0}\u{202F}./-()".contains(c)
  }

  func replacingPhones(in text: String) -> String {
    guard text.contains(where: \.isASCIIDigit) else { return text }
    let chars = Array(text)
    var out = ""
    var copied = 0
    var i = 0
    while i < chars.count {
      let plus = chars[i] == "+" && i + 1 < chars.count && chars[i + 1].isASCIIDigit
      let before = i > 0 ? chars[i - 1] : " "
      guard plus || (chars[i].isASCIIDigit && !before.isASCIIDigit && !before.isLetter) else {
        i += 1
        continue
      }
      var digits = ""
      var j = plus ? i + 1 : i
      var last = j
      while j < chars.count {
        if chars[j].isASCIIDigit {
          digits.append(chars[j])
          last = j
          j += 1
          continue
        }
        var k = j
        while k < chars.count, k - j < 3, PublicText.isPhoneSeparator(chars[k]) { k += 1 }
        guard k > j, k < chars.count, chars[k].isASCIIDigit else { break }
        j = k
      }
      let looksLikePhone = (plus || digits.first == "0") && (9...15).contains(digits.count)
      let knownPhone = digits.count >= 8 && phoneTails.contains(String(digits.suffix(8)))
      if looksLikePhone || knownPhone {
        out += String(chars[copied..<i]) + PublicText.phoneMark
        copied = last + 1
        i = last + 1
      } else {
        i = max(i + 1, last + 1)
      }
    }
    out += String(chars[copied...])
    return out
  }
}
