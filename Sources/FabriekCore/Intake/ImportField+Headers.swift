extension ImportField {
  /// Column headers of web forms and spreadsheets in English, Dutch and French, folded.
  static let headerAliases: [String: ImportField] = {
    let table: [(ImportField, [String])] = [
      (
        .title,
        [
          "title", "titel", "titre", "titel van je idee", "titel van het idee", "titel van uw idee", "naam van je idee",
          "naam van het project", "projectnaam", "project title", "idea title", "title of your idea", "idea",
          "titre de votre idee", "titre de ton idee", "titre de l idee", "titre du projet", "nom du projet",
        ]
      ),
      (
        .pitch,
        [
          "pitch", "korte pitch", "resume", "short pitch", "summary", "samenvatting", "korte beschrijving",
          "short description", "courte description", "description courte", "pitch court",
        ]
      ),
      (
        .description,
        [
          "description", "beschrijving", "omschrijving", "long description", "lange beschrijving", "toelichting",
          "description detaillee", "description longue", "details",
        ]
      ),
      (
        .name,
        [
          "name", "naam", "nom", "full name", "your name", "volledige naam", "je naam", "uw naam", "naam indiener",
          "contactpersoon", "contact person", "nom complet", "votre nom", "ton nom", "nom et prenom", "prenom et nom",
          "naam en voornaam", "voornaam en naam", "innovator",
        ]
      ),
      (.givenName, ["given name", "first name", "voornaam", "roepnaam", "prenom"]),
      (.familyName, ["family name", "last name", "surname", "achternaam", "familienaam", "nom de famille"]),
      (
        .email,
        [
          "email", "e mail", "e mailadres", "emailadres", "e mail adres", "email address", "e mail address", "mail",
          "courriel", "adresse e mail", "adresse email", "adresse courriel", "adresse mail",
        ]
      ),
      (
        .phone,
        [
          "phone", "telephone", "telefoon", "telefoonnummer", "tel", "gsm", "gsm nummer", "mobile", "phone number",
          "numero de telephone", "portable",
        ]
      ),
      (
        .organisation,
        [
          "organisation", "organization", "organisatie", "organisme", "naam organisatie", "nom de l organisation",
          "company", "bedrijf", "vereniging", "association", "structure",
        ]
      ),
      (
        .applicantKind,
        [
          "applicant type", "applicant kind", "type of applicant", "type aanvrager", "soort aanvrager", "type indiener",
          "type de demandeur", "type de porteur", "statut", "statuut", "applicant",
        ]
      ),
      (.region, ["region", "regio", "provincie", "province", "gewest", "werkingsgebied"]),
      (
        .themes,
        [
          "themes", "theme", "thema s", "themas", "thema", "tags", "topics", "onderwerpen", "trefwoorden", "keywords",
          "mots cles", "domaines",
        ]
      ),
      (
        .timestamp,
        [
          "timestamp", "tijdstempel", "horodatage", "created", "submitted", "submitted at", "submission date",
          "ingediend op", "datum", "date", "date de soumission", "aangemaakt",
        ]
      ),
      (
        .origin,
        [
          "how did you find us", "how did you hear about us", "hoe heb je ons gevonden", "hoe heeft u ons gevonden",
          "hoe ken je ons", "hoe leerde je ons kennen", "comment nous avez vous trouves", "comment nous as tu trouves",
          "comment avez vous connu", "comment nous avez vous connus", "comment nous avez vous trouve", "origin",
          "herkomst", "origine", "bron",
          "source",
        ]
      ),
      (
        .coInnovators,
        [
          "co innovators", "co founders", "cofounders", "team members", "teamleden", "mede indieners",
          "medeoprichters", "co porteurs", "autres porteurs", "cofondateurs",
        ]
      ),
    ]
    var map: [String: ImportField] = [:]
    for (field, names) in table { for n in names { map[n] = field } }
    return map
  }()
}
