extension Theme {
  /// The default dark theme, built in so fabriek looks right without its `themes` directory.
  /// `themes/default.toml` says the same thing (a test keeps the two equal).
  public static let builtInDefault = Theme(
    name: "default",
    summary: "Dark background, calm colours; the default.",
    specs: [
      .dim: StyleSpec(fg: .brightBlack),
      .title: StyleSpec(bold: true),
      .border: StyleSpec(fg: .brightBlack),
      .borderFocused: StyleSpec(fg: .cyan, bold: true),
      .statusBar: StyleSpec(fg: .brightWhite, bg: .blue),
      .statusKey: StyleSpec(fg: .brightYellow, bold: true),
      .statusError: StyleSpec(fg: .brightWhite, bg: .red, bold: true),
      .statusSaved: StyleSpec(fg: .brightGreen),
      .columnHeader: StyleSpec(fg: .brightWhite, bold: true),
      .columnHeaderFocused: StyleSpec(fg: .black, bg: .cyan),
      .columnHeaderOverLimit: StyleSpec(fg: .brightRed, monochrome: [.bold, .underline]),
      .cardCode: StyleSpec(fg: .cyan),
      .badge: StyleSpec(fg: .yellow),
      .badgeWarning: StyleSpec(fg: .brightRed, bold: true),
      .badgeGood: StyleSpec(fg: .green),
      .searchMatch: StyleSpec(fg: .black, bg: .yellow, monochrome: [.reverse, .underline]),
      .selection: StyleSpec(fg: .black, bg: .cyan),
      .detailHeading: StyleSpec(fg: .brightCyan, bold: true),
      .helpKey: StyleSpec(fg: .brightYellow, bold: true),
      .input: StyleSpec(underline: true),
      .inputFocused: StyleSpec(fg: .brightWhite, bg: .brightBlack, underline: false),
      .fieldError: StyleSpec(fg: .brightRed, bg: .terminalDefault, monochrome: .bold),
      .dialog: StyleSpec(bg: .index(236)),
      .marker: StyleSpec(fg: .black, bg: .magenta),
      .bar: StyleSpec(fg: .cyan),
      .spotlight: StyleSpec(fg: .brightWhite),
    ]
  )
}
