import FabriekCore

/// The words of the `:people` and `:sessions` lists.
extension UIText {
  static let modeList = "LIST"
  static let modePeople = "PEOPLE"
  static let modeSessions = "SESSIONS"
  static let helpHeadingList = "People and sessions lists (:people, :sessions)"
  static let helpHeadingListFilter = "List filter (type to filter: no case, no accents, letters in order)"

  static func listTitle(_ kind: RecordList.Kind) -> String {
    switch kind {
    case .people: "People"
    case .sessions: "Sessions"
    }
  }

  static func listCount(_ count: Int) -> String { "\(count)" }
  static func listCount(_ shown: Int, of count: Int) -> String { "\(shown) of \(count)" }

  static func listEmpty(_ kind: RecordList.Kind) -> String {
    switch kind {
    case .people: "No people on this board yet. Press n to add one."
    case .sessions: "No sessions on this board yet. Press n to add one."
    }
  }

  static func listNoMatch(_ kind: RecordList.Kind, filter: String) -> String {
    switch kind {
    case .people: "No one matches “\(filter)”. Esc clears the filter."
    case .sessions: "No session matches “\(filter)”. Esc clears the filter."
    }
  }

  static func listNothingToOpen(_ kind: RecordList.Kind) -> String {
    switch kind {
    case .people: "No person to open here; n adds one"
    case .sessions: "No session to open here; n adds one"
    }
  }

  static let columnName = "name"
  static let columnOrganisation = "organisation"
  static let columnRoles = "roles"
  static let columnLanguages = "languages"
  static let columnIdeas = "ideas"
  static let columnDate = "date"
  static let columnKind = "kind"
  static let columnTitle = "title"
  static let columnFacilitator = "facilitator"
  static let columnAgenda = "agenda"
  static let columnParticipants = "participants"
  /// The participants' heading on a narrow screen.
  static let columnParticipantsShort = "people"
}

/// The words of the person form.
extension UIText {
  static let newPersonTitle = "New person"
  static func editPersonTitle(_ code: String, _ name: String) -> String { "Edit \(code) · \(name)" }
  static let sectionNameContact = "Name & contact"
  static let sectionRolesSkills = "Roles & skills"
  static let sectionMentoring = "Mentoring"
  static let sectionPrivacy = "Privacy"
  static let fieldGivenName = "Given name"
  static let fieldFamilyName = "Family name"
  static let fieldEmail = "E-mail"
  static let fieldEmailHelp = "like naam@voorbeeld.be"
  static let fieldPhone = "Phone"
  static let fieldOrganisation = "Organisation"
  static let fieldRoles = "Roles"
  static let fieldExpertise = "Expertise"
  static let fieldLanguages = "Languages"
  static let fieldLanguagesHelp = "codes like nl, fr, en; ↑/↓ and Enter take a suggestion"
  static let fieldMentorCapacity = "Mentor capacity"
  static let fieldMentorCapacityHelp = "how many ideas at once; a whole number, or empty"
  static let fieldHoursBudget = "Hours budget"
  static let fieldHoursBudgetHelp = "hours of mentoring; a whole number, or empty"
  static let fieldConsentDate = "Consent date"
  static let fieldConsentPurpose = "Consent purpose"
  static let fieldConsentPurposeHelp = "what the person agreed their data is used for"
  static let fieldRetentionDate = "Retention date"
  static let fieldRetentionDateHelp = "when the data is to be erased: 2031-03-01, +1m …"
  static let fieldShowFullName = "Full name shown"
  static let fieldShowFullNameHelp = "in present mode; otherwise first name and initial"
  static let no = "no"
  static let yes = "yes"
  static let noPersonToEdit = "That person is no longer on this board"
}

/// The words of the session form.
extension UIText {
  static let newSessionTitle = "New session"
  static func editSessionTitle(_ code: String) -> String { "Edit session \(code)" }
  static let fieldSessionKind = "Kind"
  static let fieldSessionTitleHelp = "required; what the session is called"
  static let fieldDate = "Date"
  static let fieldFacilitator = "Facilitator"
  static let fieldParticipants = "Participants"
  static let fieldAgenda = "Agenda"
  static let fieldAgendaHelp = "idea codes, like I-0001, I-0042"
  static let noSessionToEdit = "That session is no longer on this board"
  static func notAnIdeaCode(_ text: String) -> String { "“\(text)” is not an idea code like I-0042" }
  /// An agenda code that is not on the board, as the field reads it.
  static func unknownIdea(_ code: String) -> String { "\(code) ?" }
}
