extension DisplayWidth {
  /// How a grapheme is written to the terminal, cell by cell.
  ///
  /// Terminals disagree about the width of emoji sequences, flags and emoji-presentation
  /// selectors, so fabriek never sends the ambiguous parts:
  /// - an emoji sequence (skin tone, ZWJ, VS16, tags) is drawn as its base emoji in two cells;
  ///   when that base is one cell wide (❤️, 1️⃣) it is drawn in text form followed by a blank cell;
  /// - a regional indicator (half of a flag) is drawn as its ASCII letter, so 🇧🇪 reads "BE";
  /// - every other spacing scalar starts its own cell and carries up to four zero-width marks
  ///   (more are dropped); format characters (ZWJ, U+200B, soft hyphen) and VS16 are dropped;
  /// - a cluster starting with a mark gets a dotted circle base (◌́), so it cannot stack on the
  ///   previous cell; a control or unprintable base is drawn as U+FFFD (the `Sanitizer` turns
  ///   those into visible markers before they get here).
  public static func glyphs(of grapheme: Character) -> [Glyph] {
    let scalars = Array(grapheme.unicodeScalars)
    guard let base = scalars.first else { return [] }
    if isEmojiSequence(grapheme), let baseWidth = of(base), baseWidth > 0 {
      if baseWidth == 2 { return [Glyph(scalars: [base], width: 2)] }
      let marks = scalars.dropFirst().filter { isDrawableMark($0) }
      return [Glyph(scalars: [base] + marks.prefix(Glyph.maximumScalars - 1), width: 1), .blank]
    }
    var cells: [Glyph] = []
    for scalar in scalars {
      if isRegionalIndicator(scalar), let letter = Unicode.Scalar(scalar.value - 0x1F1E6 + 0x41) {
        cells.append(Glyph(scalars: [letter], width: 1))
        continue
      }
      guard let width = of(scalar) else {
        if cells.isEmpty { cells.append(.replacement) }
        continue
      }
      if isFormat(scalar) {
        continue
      } else if width > 0 {
        cells.append(Glyph(scalars: [scalar], width: width))
      } else if scalar.value != 0xFE0F {
        if cells.isEmpty { cells.append(Glyph(scalars: [Glyph.dottedCircle], width: 1)) }
        let last = cells.count - 1
        if cells[last].scalars.count < Glyph.maximumScalars { cells[last].scalars.append(scalar) }
      }
    }
    return cells
  }

  static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .format
  }

  static func isDrawableMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value != 0xFE0F && !isFormat(scalar) && of(scalar) == 0
  }
}
