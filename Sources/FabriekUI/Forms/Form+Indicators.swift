import FabriekCore

/// The indicators form (`I` in the detail and on the board): one section per indicator and an
/// empty one for a new indicator; saving commits one `.editIdea(id, [.indicators(list)])`.
/// The theory of change is in the edit-idea form.
extension Form {
  public static func indicators(of idea: Idea) -> Form {
    var fields: [FormField] = []
    for (index, indicator) in idea.indicators.enumerated() {
      fields += indicatorFields(
        IndicatorKeys(index: index), indicator, section: UIText.indicatorSection(index + 1, name: indicator.name))
    }
    fields += indicatorFields(IndicatorKeys(index: nil), nil, section: UIText.newIndicatorSection)
    return Form(kind: .indicators(idea.id), title: UIText.indicatorsTitle(idea.id.code), fields: fields)
  }

  private static func indicatorFields(_ keys: IndicatorKeys, _ indicator: Indicator?, section: String) -> [FormField] {
    func number(_ key: String, _ label: String, _ value: Double?) -> FormField {
      FormField(
        key: key, label: label, help: UIText.fieldDecimalHelp, section: section, format: .number,
        value: .text(.init(value.map(FieldKinds.decimalText) ?? "")))
    }
    return [
      FormField(
        key: keys.name, label: UIText.fieldIndicatorName,
        help: indicator == nil ? UIText.fieldNewIndicatorNameHelp : UIText.fieldIndicatorNameHelp, section: section,
        value: .text(.init(indicator?.name ?? ""))),
      FormField(
        key: keys.unit, label: UIText.fieldUnit, help: UIText.fieldUnitHelp, section: section,
        value: .text(.init(indicator?.unit ?? ""))),
      number(keys.baseline, UIText.fieldBaseline, indicator?.baseline),
      number(keys.target, UIText.fieldTarget, indicator?.target),
      number(keys.current, UIText.fieldCurrent, indicator?.current),
    ]
  }

  /// The indicators the form says, in order: those with a name (a cleared name removes the
  /// indicator; the new section counts once it has a name); or the reasons, by key.
  func indicatorsValue() -> Result<[Indicator], FormProblems> {
    var indicators: [Indicator] = []
    var problems: [String: String] = [:]
    for keys in fields.compactMap({ IndicatorKeys(nameKey: $0.key) }) {
      let name = text(keys.name).trimmingCharactersInWhitespace()
      let unit = text(keys.unit).trimmingCharactersInWhitespace()
      let numbers = [keys.baseline, keys.target, keys.current].map { text($0).trimmingCharactersInWhitespace() }
      if name.isEmpty {
        // A new section with something typed in it but no name is refused, not dropped.
        if keys.index == nil && !(unit.isEmpty && numbers.allSatisfy(\.isEmpty)) {
          problems[keys.name] = UIText.fieldRequired(UIText.fieldIndicatorName)
        }
        continue
      }
      var values: [Double?] = []
      for (key, text) in zip([keys.baseline, keys.target, keys.current], numbers) {
        do { values.append(try FieldKinds.decimal(text)) } catch {
          problems[key] = error.reason
          values.append(nil)
        }
      }
      if let reason = Rules.length(name, max: Rules.maxTitle).first { problems[keys.name] = reason.text }
      if let reason = Rules.length(unit, max: Rules.maxTitle).first { problems[keys.unit] = reason.text }
      indicators.append(Indicator(name: name, unit: unit, baseline: values[0], target: values[1], current: values[2]))
    }
    return problems.isEmpty ? .success(indicators) : .failure(FormProblems(byKey: problems))
  }
}

/// The keys of one indicator's fields: `indicator.0.name` for the first, `indicator.new.name`
/// for the new one.
struct IndicatorKeys: Hashable {
  private let keys: SectionKeys
  var index: Int? { keys.slot }

  init(index: Int?) { keys = SectionKeys("indicator", slot: index) }

  /// The section whose name field has this key.
  init?(nameKey key: String) {
    guard let keys = SectionKeys("indicator", parsing: key, field: "name") else { return nil }
    self.keys = keys
  }

  private func key(_ name: String) -> String { keys.key(name) }
  var name: String { key("name") }
  var unit: String { key("unit") }
  var baseline: String { key("baseline") }
  var target: String { key("target") }
  var current: String { key("current") }
}
