extension Style {
  /// The slot's position in `allCases`, for tables indexed by slot (the terminal's
  /// attributes per slot) instead of a dictionary looked up per cell.
  @inline(__always) public var slot: Int {
    switch self {
    case .normal: 0
    case .dim: 1
    case .title: 2
    case .border: 3
    case .borderFocused: 4
    case .statusBar: 5
    case .statusKey: 6
    case .statusError: 7
    case .statusSaved: 8
    case .columnHeader: 9
    case .columnHeaderFocused: 10
    case .columnHeaderOverLimit: 11
    case .card: 12
    case .cardFocused: 13
    case .cardCode: 14
    case .cardMeta: 15
    case .badge: 16
    case .badgeWarning: 17
    case .badgeGood: 18
    case .moreMarker: 19
    case .searchMatch: 20
    case .selection: 21
    case .detailHeading: 22
    case .detailLabel: 23
    case .helpKey: 24
    case .helpText: 25
    case .input: 26
    case .inputFocused: 27
    case .fieldError: 28
    case .dialog: 29
    case .marker: 30
    case .bar: 31
    case .spotlight: 32
    }
  }
}
