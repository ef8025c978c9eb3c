import FabriekCore

/// The words of the `:people` and `:sessions` lists.
extension UIText {
  static var modePeople: String { tr("mode.people") }
  static var modeSessions: String { tr("mode.sessions") }

  /// The catalogue key of a list's text: the people's or the sessions'.
  private static func key(_ kind: RecordList.Kind, people: String, sessions: String) -> String {
    switch kind {
    case .people: people
    case .sessions: sessions
    }
  }

  static func listTitle(_ kind: RecordList.Kind) -> String {
    tr(key(kind, people: "list.people", sessions: "list.sessions"))
  }

  static func listCount(_ count: Int) -> String { Language.current.integer(Int64(count)) }
  static func listCount(_ shown: Int, of count: Int) -> String { tr("list.countOf", ["shown": shown, "count": count]) }

  static func listEmpty(_ kind: RecordList.Kind) -> String {
    tr(key(kind, people: "list.noPeople", sessions: "list.noSessions"))
  }

  static func listNoMatch(_ kind: RecordList.Kind, filter: String) -> String {
    tr(key(kind, people: "list.noPersonMatches", sessions: "list.noSessionMatches"), ["filter": filter])
  }

  static func listNothingToOpen(_ kind: RecordList.Kind) -> String {
    tr(key(kind, people: "list.noPersonToOpen", sessions: "list.noSessionToOpen"))
  }

  static var columnName: String { tr("list.column.name") }
  static var columnOrganisation: String { tr("list.column.organisation") }
  static var columnRoles: String { tr("list.column.roles") }
  static var columnLanguages: String { tr("list.column.languages") }
  static var columnIdeas: String { tr("list.column.ideas") }
  static var columnDate: String { tr("list.column.date") }
  static var columnKind: String { tr("list.column.kind") }
  static var columnTitle: String { tr("list.column.title") }
  static var columnFacilitator: String { tr("list.column.facilitator") }
  static var columnAgenda: String { tr("list.column.agenda") }
  static var columnParticipants: String { tr("list.column.participants") }
  /// The participants' heading on a narrow screen.
  static var columnParticipantsShort: String { tr("list.column.participantsShort") }
  /// A person's role in the list and the person form.
  static func role(_ role: PersonRole) -> String { tr("person.role.\(role.rawValue)") }
}

/// The words of the person form.
extension UIText {
  static var newPersonTitle: String { tr("person.newTitle") }
  static func editPersonTitle(_ code: String, _ name: String) -> String {
    tr("person.editTitle", ["code": code, "name": name])
  }
  static var sectionNameContact: String { tr("person.nameContact") }
  static var sectionRolesSkills: String { tr("person.rolesSkills") }
  static var sectionMentoring: String { tr("person.mentoring") }
  static var sectionPrivacy: String { tr("person.privacy") }
  static var fieldGivenName: String { tr("person.givenName") }
  static var fieldFamilyName: String { tr("person.familyName") }
  static var fieldEmail: String { tr("person.email") }
  static var fieldEmailHelp: String { tr("person.emailHelp") }
  static var fieldPhone: String { tr("person.phone") }
  static var fieldOrganisation: String { tr("person.organisation") }
  static var fieldRoles: String { tr("person.roles") }
  static var fieldExpertise: String { tr("person.expertise") }
  static var fieldLanguages: String { tr("person.languages") }
  static var fieldLanguagesHelp: String { tr("person.languagesHelp") }
  static var fieldMentorCapacity: String { tr("person.mentorCapacity") }
  static var fieldMentorCapacityHelp: String { tr("person.mentorCapacityHelp") }
  static var fieldHoursBudget: String { tr("person.hoursBudget") }
  static var fieldHoursBudgetHelp: String { tr("person.hoursBudgetHelp") }
  static var fieldConsentDate: String { tr("person.consentDate") }
  static var fieldConsentPurpose: String { tr("person.consentPurpose") }
  static var fieldConsentPurposeHelp: String { tr("person.consentPurposeHelp") }
  static var fieldRetentionDate: String { tr("person.retentionDate") }
  static var fieldRetentionDateHelp: String { tr("person.retentionDateHelp") }
  static var fieldShowFullName: String { tr("person.showFullName") }
  static var fieldShowFullNameHelp: String { tr("person.showFullNameHelp") }
  static var no: String { tr("person.no") }
  static var yes: String { tr("person.yes") }
  static var noPersonToEdit: String { tr("person.gone") }
}

/// The words of the session form.
extension UIText {
  static var newSessionTitle: String { tr("session.newTitle") }
  static func editSessionTitle(_ code: String) -> String { tr("session.editTitle", ["code": code]) }
  static var fieldSessionKind: String { tr("session.kind") }
  static var fieldSessionTitleHelp: String { tr("session.titleHelp") }
  static var fieldDate: String { tr("session.date") }
  static var fieldFacilitator: String { tr("session.facilitator") }
  static var fieldParticipants: String { tr("session.participants") }
  static var fieldAgenda: String { tr("session.agenda") }
  static var fieldAgendaHelp: String { tr("session.agendaHelp") }
  static var noSessionToEdit: String { tr("session.gone") }
  static func notAnIdeaCode(_ text: String) -> String { tr("session.notAnIdeaCode", ["text": text]) }
  /// An agenda code that is not on the board, as the field reads it.
  static func unknownIdea(_ code: String) -> String { "\(code) ?" }
}
