import FabriekCore
import FabriekUI
import Foundation

/// Which language a run speaks, chosen before the arguments are parsed so that errors and
/// `--help` speak it too: `--lang` (anywhere on the line, taken out before parsing), the
/// settings file's `language`, `LC_ALL`, `LC_MESSAGES`, `LANG`, else English
/// (`Language.choose`).
enum LanguageChoice {
  static func make(_ arguments: ArraySlice<String>) -> (Language, [String], warnings: [String]) {
    var rest: [String] = []
    var flag: String?
    var i = arguments.startIndex
    while i < arguments.endIndex {
      let argument = arguments[i]
      if argument == "--" {
        rest += arguments[i...]
        break
      }
      if argument == "--lang", arguments.index(after: i) < arguments.endIndex {
        flag = arguments[arguments.index(after: i)]
        i = arguments.index(i, offsetBy: 2)
        continue
      }
      if argument.hasPrefix("--lang=") {
        flag = String(argument.dropFirst("--lang=".count))
        i = arguments.index(after: i)
        continue
      }
      rest.append(argument)
      i = arguments.index(after: i)
    }
    let environment = ProcessInfo.processInfo.environment
    var warnings: [String] = []
    var configured: String?
    var unusable = false
    let settings = UserSettings.standard(environment: environment)
    if let settings {
      do throws(SettingsError) {
        configured = try settings.language()
      } catch {
        unusable = true
      }
    }
    let language = Language.choose(flag: flag, config: configured, environment: environment)
    if unusable, let settings {
      // The reason is worded when the file is read: read it again in the language chosen
      // without it, so that the warning speaks that language.
      let warning = Language.$current.withValue(language) { () -> String? in
        do throws(SettingsError) {
          _ = try settings.language()
          return nil
        } catch {
          return error.message
        }
      }
      if let warning { warnings.append(warning) }
    }
    if let flag, Language(naming: flag) == nil {
      warnings.append(tr("lang.unknown", ["name": flag], in: language))
    }
    return (language, rest, warnings)
  }
}
