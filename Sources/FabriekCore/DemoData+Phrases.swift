/// Units, organisations, campaigns, session titles, notes and other phrases.
extension DemoData {
  static let units: [String: L3] = [
    "personen": L3("personen", "personnes", "people"), "fietsen": L3("fietsen", "vélos", "bikes"),
    "laptops": L3("laptops", "ordinateurs", "laptops"), "maaltijden": L3("maaltijden", "repas", "meals"),
    "uren": L3("uren", "heures", "hours"), "€/jaar": L3("€/jaar", "€/an", "€/year"),
    "kinderen": L3("kinderen", "enfants", "children"), "uitleningen": L3("uitleningen", "prêts", "loans"),
    "bezoeken": L3("bezoeken", "visites", "visits"), "locaties": L3("locaties", "lieux", "places"),
    "gezinnen": L3("gezinnen", "familles", "families"),
  ]

  /// Civil-society groups: what goes before and after the town's name.
  static let groupNames: [[(String, String)]] = [
    [("Buurtwerk ", " vzw"), ("Samen ", " vzw"), ("Buurtcomité ", ""), ("", " Solidair vzw")],
    [("Collectif ", " asbl"), ("Comité de quartier ", ""), ("", " Solidaire asbl"), ("Maison de quartier ", "")],
    [("Community ", " vzw"), ("", " Together"), ("Friends of ", " asbl")],
  ]

  /// A sentence that places the idea; the town goes between the two halves.
  static let placeSentences: [(L3, L3)] = [
    (
      L3("We starten in ", "Nous commençons à ", "We start in "),
      L3(
        " en willen na een jaar naar andere wijken.", " et visons d'autres quartiers après un an.",
        " and aim for other neighbourhoods after a year.")
    ),
    (
      L3(
        "Er is al een eerste groep van twintig mensen in ", "Un premier groupe d'une vingtaine de personnes existe à ",
        "A first group of twenty people already meets in "),
      L3(".", ".", ".")
    ),
    (
      L3("Het OCMW en twee scholen in ", "Le CPAS et deux écoles de ", "The social welfare office and two schools in "),
      L3(" willen meewerken.", " veulent participer.", " want to take part.")
    ),
    (
      L3("We zoeken nog een locatie in ", "Nous cherchons encore un lieu à ", "We are still looking for a venue in "),
      L3(" en een partner voor de financiering.", " et un partenaire financier.", " and a partner for funding.")
    ),
  ]

  static let mentorExpertise = [
    "financiën", "impactmeting", "juridisch advies", "marketing", "co-creatie", "fundraising", "coöperatief ondernemen",
    "businessplan", "communicatie", "HR en vrijwilligers", "overheidsopdrachten", "économie sociale", "design thinking",
    "impact investing", "procurement",
  ]

  static let mentorOrganisations = [
    "KU Leuven", "UGent", "VUB", "ULB", "Odisee", "Hefboom", "Febecoop", "SAW-B", "Triodos Bank", "Ashoka België",
    "Samenlevingsopbouw Brussel", "Oxfam-Wereldwinkels", "Vlaamse Ouderenraad", "Deloitte", "KBC", "BNP Paribas Fortis",
    "Verso", "Cera", "Bruxeo",
  ]

  static let partnerOrganisations = [
    "OCMW Gent", "CPAS de Molenbeek-Saint-Jean", "Stad Antwerpen", "Stad Leuven", "VDAB", "Actiris",
    "Samenlevingsopbouw Vlaanderen", "De Kringwinkel", "Welzijnsschakels", "Vlaamse Maatschappij voor Sociaal Wonen",
    "Centrum voor Algemeen Welzijnswerk", "Mutualité Chrétienne", "Provincie Limburg", "Stad Kortrijk",
  ]

  static let campaignNames: [L3] = [
    L3("Oproep Zorgzame Buurten", "Appel à idées Quartiers solidaires", "Call for ideas: Caring Neighbourhoods"),
    L3("Ideeënoproep Circulaire Stad", "Appel à idées Ville circulaire", "Circular City idea campaign"),
    L3("Oproep Digitale Inclusie", "Appel Inclusion numérique", "Digital Inclusion challenge"),
    L3("Ideeënoproep Werk voor iedereen", "Appel à idées L'emploi pour tous", "Jobs for All idea campaign"),
  ]

  static let sessionTitles: [SessionKind: [String]] = [
    .visionSession: [
      "Visiesessie Zorg in de buurt", "Session de vision : alimentation durable",
      "Vision session: the future of work", "Visiesessie Wonen en armoede",
    ],
    .coCreation: [
      "Co-creatie met bewoners", "Atelier de co-création avec les habitants",
      "Co-creation with end users", "Co-creatiesessie met het OCMW",
    ],
    .ideaCampaign: [
      "Lancering ideeënoproep", "Soirée de lancement de l'appel à idées", "Idea campaign pitch day",
      "Ideeënmarkt",
    ],
    .competitionRound: [
      "Sociale Innovatieprijs: voorronde", "Finale Sociale Innovatieprijs",
      "Concours d'innovation sociale : jury", "Pitch night: jury round",
    ],
    .training: [
      "Training impactmeting", "Formation : plan financier solide", "Workshop: pitching to funders",
      "Training Theory of Change", "Opleiding doelgroepanalyse",
    ],
    .networking: [
      "Netwerkavond sociale economie", "Apéro réseau des innovateurs sociaux", "Meet the funders",
      "Matchmaking met partners",
    ],
  ]

  /// Few existing social enterprises innovate in the factory: the mix the programme reports on.
  static let applicantKinds: [ApplicantKind?] = [
    .individual, .civilSociety, .company, .publicBody, .socialEnterprise, nil,
  ]
  static let applicantKindWeights = [45, 27, 10, 8, 6, 4]

  static let originKinds: [OriginKind] = [
    .ideaCampaign, .website, .networking, .visionSession, .referral, .competition, .walkIn,
  ]
  static let originWeights = [35, 20, 12, 10, 10, 8, 5]

  static let declineWeights: [(DeclineReason, Int)] = [
    (.notSocialInnovation, 18), (.outOfScope, 12), (.duplicate, 12), (.notFeasible, 20), (.incomplete, 18),
    (.withdrawn, 14), (.other, 6),
  ]

  static let funders: [String] = [
    "VLAIO", "Sociale InnovatieFabriek", "Koning Boudewijnstichting", "innoviris.brussels", "hub.brussels",
    "Europees Sociaal Fonds", "Departement WSE", "Triodos Foundation",
  ]

  static let consentPurposes: [L3] = [
    L3(
      "Begeleiding van je idee in het traject", "Accompagnement de votre idée dans le parcours",
      "Guidance of your idea in the programme"),
    L3("Begeleiding en nieuwsbrief", "Accompagnement et newsletter", "Guidance and newsletter"),
  ]
  static let mentorConsent = "Mentorpool: contact voor matching en sessies"
  static let staffConsent = "Medewerker: contactgegevens voor het traject"
  static let partnerConsent = "Partnernetwerk: contact voor samenwerking"

  static let notes: [L3] = [
    L3(
      "Eerste gesprek gehad: sterk team, verdienmodel nog vaag.",
      "Premier entretien : équipe solide, modèle économique encore flou.",
      "First meeting: strong team, business model still vague."),
    L3(
      "Doelgroep goed in beeld; vraagt hulp bij de begroting.",
      "Public cible bien cerné ; demande de l'aide pour le budget.",
      "Target group well understood; asks for help with the budget."),
    L3(
      "Contact gelegd met het OCMW voor een proefproject.", "Contact pris avec le CPAS pour un projet pilote.",
      "Put them in touch with the welfare office for a pilot."),
    L3(
      "Pitch was overtuigend, maar de impact moet meetbaarder.",
      "Pitch convaincant, mais l'impact doit être plus mesurable.",
      "Convincing pitch, but impact needs to be more measurable."),
    L3(
      "Twijfel over de haalbaarheid zonder vaste locatie.", "Doutes sur la faisabilité sans lieu fixe.",
      "Doubts about feasibility without a fixed venue."),
    L3(
      "Team zoekt een mentor met ervaring in coöperaties.", "L'équipe cherche un mentor qui connaît les coopératives.",
      "Team is looking for a mentor with co-operative experience."),
    L3(
      "Persoonlijke situatie van de initiatiefnemer is moeilijk; rustig aan.",
      "Situation personnelle difficile du porteur ; ne pas presser.",
      "The founder's personal situation is difficult; go easy."),
    L3(
      "Budget opnieuw bekeken; loonkost was onderschat.", "Budget revu ; les coûts salariaux étaient sous-estimés.",
      "Went through the budget again; wage costs were underestimated."),
  ]

  static let sessionNotes: [L3] = [
    L3(
      "Veel enthousiasme in de zaal; drie deelnemers willen meewerken.",
      "Beaucoup d'enthousiasme ; trois participants veulent s'impliquer.",
      "Lots of enthusiasm in the room; three participants want to get involved."),
    L3(
      "Feedback: begin kleiner, test eerst in één wijk.",
      "Retour : commencer plus petit, tester d'abord dans un quartier.",
      "Feedback: start smaller, test in one neighbourhood first."),
    L3(
      "Jury vraagt naar het verdienmodel na de subsidie.", "Le jury interroge le modèle économique après le subside.",
      "The jury asked about the business model after the grant."),
  ]

  static let moduleNotes: [L3] = [
    L3(
      "Nulmeting gedaan met de doelgroep.", "Mesure de référence réalisée avec le public.",
      "Baseline measured with the target group."),
    L3(
      "Financieel plan over drie jaar klaar.", "Plan financier sur trois ans terminé.",
      "Three-year financial plan ready."),
    L3("Interviews met twaalf gebruikers.", "Entretiens avec douze usagers.", "Interviews with twelve users."),
  ]

  static let declineTexts: [DeclineReason: L3] = [
    .notSocialInnovation: L3(
      "Vooral een commercieel product zonder maatschappelijke meerwaarde.",
      "Surtout un produit commercial sans plus-value sociale.", "Mainly a commercial product without social value."),
    .outOfScope: L3(
      "Valt buiten Vlaanderen en Brussel.", "Hors de la Flandre et de Bruxelles.", "Outside Flanders and Brussels."),
    .duplicate: L3(
      "Zelfde idee al ingediend door hetzelfde team.", "Même idée déjà soumise par la même équipe.",
      "Same idea already submitted by the same team."),
    .notFeasible: L3(
      "Niet haalbaar binnen de huidige regelgeving.", "Pas faisable dans le cadre réglementaire actuel.",
      "Not feasible under current regulations."),
    .incomplete: L3(
      "Geen reactie op onze vragen na drie herinneringen.", "Pas de réponse après trois rappels.",
      "No answer to our questions after three reminders."),
    .withdrawn: L3(
      "De initiatiefnemer trekt het idee in.", "Le porteur retire son idée.", "The founder withdrew the idea."),
    .other: L3(
      "Komt beter tot zijn recht bij een ander programma.", "Mieux servi par un autre programme.",
      "Better served by another programme."),
  ]

  static let exitCriteria: [L3] = [
    L3(
      "Pilootfase gefinancierd en twee vaste medewerkers aangeworven.",
      "Phase pilote financée et deux salariés engagés.",
      "Pilot funded and two permanent staff hired."),
    L3(
      "Zelfstandig werkende vzw met een structurele partner.", "Asbl autonome avec un partenaire structurel.",
      "Self-running non-profit with a structural partner."),
    L3(
      "Break-even op de sociale kruidenier na achttien maanden.", "Équilibre financier après dix-huit mois.",
      "Break-even after eighteen months."),
    L3(
      "Overdracht aan de stad als vaste dienstverlening.", "Transfert à la commune comme service permanent.",
      "Handed over to the city as a permanent service."),
  ]

  static let exitOutcomes: [L3] = [
    L3(
      "Zelfstandig verdergegaan als coöperatie.", "Poursuivi de manière autonome en coopérative.",
      "Continued independently as a co-operative."),
    L3(
      "Opgenomen in de werking van een partnerorganisatie.", "Intégré dans l'action d'un partenaire.",
      "Absorbed into a partner organisation's work."),
  ]
}
