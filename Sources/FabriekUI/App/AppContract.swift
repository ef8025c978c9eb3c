import FabriekCore

/// What happens to the app: a key (or mouse event), a new terminal size, the board changed
/// on disk (another process, or our own commit), the result of a commit the app asked for,
/// and the clock. `AppRunner` (Sources/FabriekRunner/) feeds them to `update`.
public enum AppEvent: Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// The themes there are, for `:theme` to complete and accept (sent when a session starts).
  case themesAvailable([String])
  /// `fabriek present`: present mode from the start, on a session when one is given.
  case startPresenting(session: SessionID?)
  /// `fabriek triage --filter`: the board filtered from the start, triage on its candidates.
  case filterBoard(String)
  /// A commit asked for by `Effect.commit` is on its way to the store: the state lets go of
  /// the board's records until the `.boardChanged` that answers it (see `AppState.lendBoard`).
  case committing
  /// The board as it is now in the store (after our commit or another process's).
  case boardChanged(Board)
  /// A commit asked for by `Effect.commit` went through; `inverse` undoes it.
  case committed(Change, inverse: BoardOperation, purpose: CommitPurpose)
  /// A commit was refused or could not be saved; the message is one sentence for the status line.
  case commitFailed(String, purpose: CommitPurpose)
  case themeChanged(name: String)
  /// A sentence for the status line that is not the answer to a commit: another fabriek has
  /// the board open (`isError: false`), a theme file could not be loaded (`isError: true`).
  case notice(String, isError: Bool)
  case tick(now: Timestamp)
  /// An import asked for by `Effect.importCSV` is done (it was committed, and answered with
  /// `.committed`, unless it imported nothing).
  case imported(ImportReport)
  /// The dry run `Effect.previewImport` asked for, to show before anything is imported.
  case importPreviewed(ImportPreview)
  /// The text `Effect.editExternally` came back with from `$VISUAL`/`$EDITOR`.
  case editedExternally(text: String)
  /// What `Effect.erasePeople` did (the board is sent first, as `.boardChanged`): the sentences
  /// `fabriek person erase` prints; `failed` when the store refused or could not finish.
  case erasureFinished(lines: [String], failed: Bool)
}

/// What an import from the palette did, counted for the status line.
public struct ImportReport: Hashable, Sendable {
  public var file: String
  public var imported: Int
  public var duplicates: Int
  public var rejected: Int

  public init(file: String, imported: Int, duplicates: Int, rejected: Int) { self.file = file; self.imported = imported; self.duplicates = duplicates; self.rejected = rejected }
}

/// Why a commit is made, so that undo and redo stacks are kept right.
public enum CommitPurpose: Hashable, Sendable {
  case change, undo, redo
}

/// What the run loop must do for the app, as values (tests compare them).
public enum Effect: Hashable, Sendable {
  /// Validate, apply and save this operation through the store (who and when are added by the run loop).
  case commit(BoardOperation, purpose: CommitPurpose)
  /// Switch to the next theme (`T`); answered with `.themeChanged`.
  case cycleTheme
  case setTheme(String)
  /// `:import PATH`: read the CSV file, plan its import under the store's lock and commit it
  /// as one change; answered with `.committed` and `.imported`, or with `.notice` on failure.
  case importCSV(path: String)
  /// `:import PATH`: read the file and plan its import without changing anything; answered
  /// with `.importPreviewed`, or with `.notice` when the file cannot be read.
  case previewImport(path: String)
  /// Ctrl-O in a multi-line field: hand the terminal to `$VISUAL`/`$EDITOR` on this text;
  /// answered with `.editedExternally`, or with `.notice` when the editor failed.
  case editExternally(text: String)
  /// `:lang`: the state speaks the language already; the host keeps it in the user's settings
  /// file for the next run and answers with a `.notice` saying where (or why it could not).
  case rememberLanguage(Language)
  /// `:person export [PATH]`: write what the board holds on the person (JSON, or Markdown when
  /// the path ends in `.md`) to a new file readable by the user only; answered with `.notice`.
  case exportPerson(PersonID, path: String)
  /// `:person erase` once confirmed: erase each person through the store, as
  /// `fabriek person erase` does; answered with `.boardChanged` and `.erasureFinished`.
  case erasePeople([PersonID], reason: String)
  case quit
}
