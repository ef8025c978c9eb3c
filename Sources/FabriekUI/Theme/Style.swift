/// A named style slot. Views name slots; a `Theme` says what each slot looks like.
///
/// The raw value is the slot's name in theme files (`[slots.cardFocused]`). A theme that leaves a
/// slot out, or leaves out one of its properties, gets it from the slot's `parent`.
public enum Style: String, CaseIterable, Hashable, Sendable {
  case normal, dim, title, border, borderFocused
  case statusBar, statusKey, statusError, statusSaved
  case columnHeader, columnHeaderFocused, columnHeaderOverLimit
  case card, cardFocused, cardCode, cardMeta
  case badge, badgeWarning, badgeGood
  case moreMarker, searchMatch, selection
  case detailHeading, detailLabel
  case helpKey, helpText
  case input, inputFocused, fieldError
  case dialog, marker, bar, spotlight

  /// The slot this one inherits from; `normal` is the root.
  public var parent: Style? {
    switch self {
    case .normal: nil
    case .dim, .title, .border, .statusBar, .columnHeader, .card, .badge, .selection: .normal
    case .helpKey, .helpText, .input, .dialog, .marker, .bar: .normal
    case .borderFocused: .border
    case .statusKey, .statusError, .statusSaved: .statusBar
    case .columnHeaderFocused, .columnHeaderOverLimit: .columnHeader
    case .cardFocused, .searchMatch, .inputFocused: .selection
    case .cardCode: .card
    case .cardMeta, .moreMarker, .detailLabel: .dim
    case .badgeWarning, .badgeGood: .badge
    case .detailHeading, .spotlight: .title
    case .fieldError: .statusError
    }
  }
}
