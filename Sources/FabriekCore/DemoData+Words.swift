/// The word lists the demo board is made from: names from Flanders, Wallonia and Brussels'
/// mix, social-innovation themes and the programme's vocabulary in Dutch, French and English.
extension DemoData {
  enum Lang: Int, Sendable {
    case nl, fr, en
    var code: String { self == .nl ? "nl" : self == .fr ? "fr" : "en" }
  }

  /// One text in the programme's three languages.
  struct L3: Sendable {
    let nl: String
    let fr: String
    let en: String
    init(_ nl: String, _ fr: String, _ en: String) {
      self.nl = nl
      self.fr = fr
      self.en = en
    }
    subscript(_ l: Lang) -> String { l == .nl ? nl : l == .fr ? fr : en }
  }

  struct Culture: Sendable {
    let given: [String]
    let family: [String]
    /// The languages everyone of this culture speaks, then ones some of them speak.
    let languages: [String]
    let extra: [String]
    /// The language such a person most likely writes an idea in.
    let writes: Lang
  }

  struct IndicatorTemplate: Sendable {
    let name: L3
    let unit: String
    let baseline: Int
    let target: Int
  }

  struct Theme: Sendable {
    let tags: [String]
    let sdgs: [Int]
    let titles: [L3]
    /// One pitch per title variant.
    let pitches: [L3]
    let change: L3
    let indicators: [IndicatorTemplate]
    let expertise: String
  }

  /// A town, named the way each language writes it.
  struct Place: Sendable {
    let name: L3
    let region: Region
    init(_ nl: String, _ fr: String? = nil, _ en: String? = nil, _ region: Region) {
      name = L3(nl, fr ?? nl, en ?? nl)
      self.region = region
    }
  }

  static let cultures: [Culture] = [
    Culture(
      given: [
        "Sofie", "Jan", "Pieter", "Lotte", "Wout", "Annelies", "Bram", "Griet", "Koen", "Ellen", "Joris", "Hanne",
        "Tine", "Stijn", "Lieselot", "Maarten", "Katrien", "Jef", "Nele", "Ruben", "Zoë", "Febe", "Ward", "Jolien",
        "Seppe", "Marthe", "Lien", "Arne", "Noë", "Saartje", "Gert-Jan", "Ine",
      ],
      family: [
        "Van den Broeck", "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
        "Wouters", "De Smet", "Vermeulen", "Van Damme", "De Clercq", "Verstraete", "Van de Velde", "Vandenberghe",
        "Hermans", "Lambrechts", "Coppens", "De Backer", "Vanderstraeten", "Van Acker", "D'Hondt", "Ceulemans",
        "Van Hoeylandt", "Dewaele", "Vercruysse",
      ],
      languages: ["nl"], extra: ["en", "fr", "de"], writes: .nl),
    Culture(
      given: [
        "Amélie", "Noémie", "Jérôme", "Gaëlle", "François", "Hélène", "Céline", "Benoît", "Stéphane", "Aurélie",
        "Frédéric", "Mélanie", "Léa", "Chloé", "Théo", "Raphaël", "Loïc", "Anaïs", "Inès", "Maëlle", "Joël",
        "Clément", "Cécile", "Aurélien",
      ],
      family: [
        "Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lefèvre", "Dumont", "Renard", "Gérard",
        "Mathieu", "Rousseau", "François", "Lejeune", "Delvaux", "Stévenart", "Hennaux", "Piérard", "Crémer", "Noël",
        "Lemaître", "Collignon", "Jadoul",
      ],
      languages: ["fr"], extra: ["nl", "en"], writes: .fr),
    Culture(
      given: [
        "Yasmina", "Mohamed", "Fatima", "Youssef", "Khadija", "Ayoub", "Nadia", "Samir", "Soufiane", "Hind",
        "Ikram", "Bilal", "Salma", "Hamza", "Imane", "Anas", "Aïcha", "Zakaria",
      ],
      family: [
        "El Amrani", "Benali", "El Idrissi", "Bouzid", "Aït Ouarab", "Azzouzi", "Haddou", "Ouali",
        "El Khattabi", "Tahiri", "Chaïbi", "Zaïdi", "Boukhari", "Lahlou",
      ],
      languages: ["fr", "ar"], extra: ["nl", "en"], writes: .fr),
    Culture(
      given: [
        "Emre", "Elif", "Zeynep", "Mehmet", "Aylin", "Merve", "Burak", "Gökhan", "Özlem", "Çağla", "Ümit",
        "Şeyma", "Selin", "Kerem",
      ],
      family: [
        "Çelik", "Ünal", "Yılmaz", "Şahin", "Öztürk", "Kaya", "Demir", "Aydın", "Doğan", "Koç", "Güneş",
        "Erdoğan",
      ],
      languages: ["nl", "tr"], extra: ["en", "fr"], writes: .nl),
    Culture(
      given: [
        "Grâce", "Dieudonné", "Bénédicte", "Patience", "Exaucé", "Merveille", "Jonathan", "Nathalie",
        "Déogratias", "Espérance", "Blaise", "Clarisse",
      ],
      family: [
        "Mbuyi", "Tshibanda", "Mukendi", "Kalonji", "Ilunga", "Kabongo", "Lukusa", "Nsimba", "Mputu",
        "Ngalula",
      ],
      languages: ["fr", "ln"], extra: ["en", "nl", "sw"], writes: .fr),
    Culture(
      given: [
        "Agnieszka", "Łukasz", "Małgorzata", "Katarzyna", "Piotr", "Ioana", "Răzvan", "Andreea", "Mihai",
        "Bogdan", "João", "Inês", "Tomás",
      ],
      family: [
        "Nowak", "Wiśniewska", "Kowalski", "Zieliński", "Popescu", "Ionescu", "Dumitrescu", "Constantin",
        "Santos", "Ferreira", "Gonçalves",
      ],
      languages: ["en"], extra: ["pl", "ro", "pt", "fr", "nl"], writes: .en),
    Culture(
      given: [
        "Emma", "Liam", "Olivia", "Noah", "Grace", "Oliver", "Aisha", "Priya", "Sean", "Siobhán", "Niamh",
        "Daniel", "Chidi", "Amara",
      ],
      family: [
        "Smith", "O'Brien", "Murphy", "Patel", "Khan", "Taylor", "Walsh", "Nguyen", "Okafor", "Mensah",
        "Diallo", "Ndiaye",
      ],
      languages: ["en"], extra: ["fr", "nl", "es"], writes: .en),
  ]

  /// Culture weights (Flemish, francophone, Maghreb, Turkish, Central African, European, English)
  /// for people from Brussels and from Flanders.
  static let brusselsCultures = [18, 28, 20, 8, 12, 8, 6]
  static let flandersCultures = [66, 6, 9, 9, 3, 4, 3]

  /// The staff the programme starts with, so that every demo board has the same familiar faces.
  static let staffNames: [(String, String, Int)] = [
    ("Sofie", "Van den Broeck", 0), ("Jérôme", "Lambert", 1), ("Yasmina", "El Amrani", 2),
    ("Pieter", "Claes", 0), ("Gaëlle", "Mertens", 1), ("Emre", "Çelik", 3),
  ]

  static let places: [Place] = [
    Place("Brussel", "Bruxelles", "Brussels", .brussels), Place("Molenbeek", nil, nil, .brussels),
    Place("Anderlecht", nil, nil, .brussels), Place("Schaarbeek", "Schaerbeek", nil, .brussels),
    Place("Sint-Gillis", "Saint-Gilles", "Saint-Gilles", .brussels), Place("Elsene", "Ixelles", "Ixelles", .brussels),
    Place("Vorst", "Forest", "Forest", .brussels), Place("Laken", "Laeken", "Laeken", .brussels),
    Place("Sint-Joost", "Saint-Josse", "Saint-Josse", .brussels), Place("Jette", nil, nil, .brussels),
    Place("Evere", nil, nil, .brussels), Place("Etterbeek", nil, nil, .brussels),
    Place("Antwerpen", "Anvers", "Antwerp", .antwerp), Place("Borgerhout", nil, nil, .antwerp),
    Place("Mechelen", "Malines", nil, .antwerp), Place("Turnhout", nil, nil, .antwerp),
    Place("Geel", nil, nil, .antwerp),
    Place("Lier", "Lierre", nil, .antwerp), Place("Boom", nil, nil, .antwerp),
    Place("Hasselt", nil, nil, .limburg), Place("Genk", nil, nil, .limburg),
    Place("Sint-Truiden", "Saint-Trond", nil, .limburg), Place("Maasmechelen", nil, nil, .limburg),
    Place("Beringen", nil, nil, .limburg), Place("Tongeren", "Tongres", nil, .limburg),
    Place("Gent", "Gand", "Ghent", .eastFlanders), Place("Aalst", "Alost", nil, .eastFlanders),
    Place("Sint-Niklaas", "Saint-Nicolas", nil, .eastFlanders), Place("Ronse", "Renaix", nil, .eastFlanders),
    Place("Dendermonde", "Termonde", nil, .eastFlanders), Place("Eeklo", nil, nil, .eastFlanders),
    Place("Leuven", "Louvain", nil, .flemishBrabant), Place("Vilvoorde", "Vilvorde", nil, .flemishBrabant),
    Place("Halle", "Hal", nil, .flemishBrabant), Place("Tienen", "Tirlemont", nil, .flemishBrabant),
    Place("Aarschot", nil, nil, .flemishBrabant), Place("Dilbeek", nil, nil, .flemishBrabant),
    Place("Brugge", "Bruges", "Bruges", .westFlanders), Place("Kortrijk", "Courtrai", nil, .westFlanders),
    Place("Oostende", "Ostende", "Ostend", .westFlanders), Place("Roeselare", "Roulers", nil, .westFlanders),
    Place("Ieper", "Ypres", "Ypres", .westFlanders), Place("Menen", "Menin", nil, .westFlanders),
    Place("Namen", "Namur", "Namur", .other), Place("Luik", "Liège", "Liège", .other),
    Place("Charleroi", nil, nil, .other), Place("Maastricht", nil, nil, .other),
  ]

  /// Region weights: Brussels, then the five Flemish provinces, then elsewhere.
  static let regionWeights: [(Region, Int)] = [
    (.brussels, 30), (.antwerp, 18), (.eastFlanders, 17), (.flemishBrabant, 12), (.westFlanders, 10),
    (.limburg, 9), (.other, 4),
  ]

  static let themes: [Theme] = [
    Theme(
      tags: ["eenzaamheid", "senioren", "buurt"], sdgs: [3, 10, 11],
      titles: [
        L3(
          "Buurtrestaurant voor eenzame senioren", "Restaurant de quartier pour seniors isolés",
          "Neighbourhood restaurant for lonely seniors"),
        L3(
          "Belbuddy's tegen eenzaamheid bij ouderen", "Des voisins-relais pour les aînés isolés",
          "Phone buddies against loneliness in later life"),
      ],
      pitches: [
        L3(
          "Elke middag een warme maaltijd aan één lange tafel: senioren koken mee, buurtbewoners schuiven aan.",
          "Un repas chaud chaque midi à une grande table : les aînés cuisinent, le quartier s'invite.",
          "A hot lunch every day at one long table: seniors cook, neighbours join in."),
        L3(
          "Vrijwilligers bellen wekelijks met een vaste oudere en gaan af en toe samen op stap.",
          "Des voisins formés rendent visite chaque semaine à un aîné isolé et l'aident dans ses démarches.",
          "Volunteers phone the same older person every week and now and then go out together."),
      ],
      change: L3(
        "Als senioren een vaste plek en rol in de buurt krijgen, daalt hun eenzaamheid en groeit het netwerk rond hen.",
        "Si les aînés trouvent une place et un rôle dans le quartier, leur isolement recule et leur réseau grandit.",
        "If seniors get a regular place and role in the neighbourhood, loneliness falls and their network grows."),
      indicators: [
        IndicatorTemplate(
          name: L3(
            "Senioren die wekelijks deelnemen", "Aînés participant chaque semaine", "Seniors taking part weekly"),
          unit: "personen", baseline: 0, target: 60),
        IndicatorTemplate(
          name: L3("Score eenzaamheidsschaal", "Score sur l'échelle de solitude", "Loneliness scale score"),
          unit: "/11", baseline: 7, target: 4),
      ], expertise: "ouderenzorg"),
    Theme(
      tags: ["mobiliteit", "circulair", "jongeren"], sdgs: [8, 11, 12],
      titles: [
        L3("Fietsherstelatelier met buurtjongeren", "Atelier de réparation de vélos", "Community bike repair workshop"),
        L3(
          "Deelfietsen voor wijken zonder openbaar vervoer", "Vélos partagés pour les quartiers mal desservis",
          "Shared cargo bikes for underserved neighbourhoods"),
      ],
      pitches: [
        L3(
          "Jongeren zonder diploma leren fietsen herstellen en verdienen een eerste loon in een echt atelier.",
          "Des jeunes sans diplôme apprennent à réparer des vélos et touchent un premier salaire.",
          "Young people without a diploma learn to fix bikes and earn a first wage in a real workshop."),
        L3(
          "Buurtbewoners delen elektrische bakfietsen via een eenvoudige app, met onderhoud door jongeren uit de wijk.",
          "Les habitants partagent des vélos cargos électriques via une appli simple, entretenus par des jeunes du quartier.",
          "Residents share electric cargo bikes through a simple app, maintained by young people from the area."),
      ],
      change: L3(
        "Als jongeren vakmanschap en een eerste werkervaring opdoen, stijgt hun kans op een duurzame job.",
        "Si les jeunes acquièrent un savoir-faire et une première expérience, leurs chances d'emploi durable augmentent.",
        "If young people gain a craft and first work experience, their chances of lasting employment rise."),
      indicators: [
        IndicatorTemplate(
          name: L3("Herstelde fietsen per jaar", "Vélos réparés par an", "Bikes repaired per year"), unit: "fietsen",
          baseline: 0, target: 1200),
        IndicatorTemplate(
          name: L3(
            "Jongeren met een job na 6 maanden", "Jeunes en emploi après 6 mois", "Young people in work after 6 months"),
          unit: "%", baseline: 20, target: 55),
      ], expertise: "mobiliteit"),
    Theme(
      tags: ["digitale inclusie", "nieuwkomers"], sdgs: [4, 10],
      titles: [
        L3(
          "Digitale basisvaardigheden voor nieuwkomers", "Compétences numériques pour primo-arrivants",
          "Digital skills for newcomers"),
        L3(
          "Laptopbank voor gezinnen in armoede", "Banque d'ordinateurs pour familles précarisées",
          "Laptop bank for families in poverty"),
      ],
      pitches: [
        L3(
          "Vrijwilligers begeleiden nieuwkomers bij e-loket, itsme en online bankieren, in hun eigen taal.",
          "Des bénévoles accompagnent les primo-arrivants pour l'e-guichet, itsme et la banque en ligne, dans leur langue.",
          "Volunteers help newcomers with e-government, itsme and online banking, in their own language."),
        L3(
          "Bedrijven schenken afgeschreven laptops; werkzoekenden herstellen ze en gezinnen lenen ze met begeleiding.",
          "Des entreprises donnent leurs ordinateurs usagés ; des stagiaires les reconditionnent et des familles les empruntent.",
          "Companies donate old laptops; trainees refurbish them and families borrow them with support."),
      ],
      change: L3(
        "Als nieuwkomers zelfstandig online hun zaken regelen, krijgen ze sneller toegang tot hun rechten.",
        "Si les primo-arrivants gèrent seuls leurs démarches en ligne, ils accèdent plus vite à leurs droits.",
        "If newcomers can handle their affairs online on their own, they reach their rights sooner."),
      indicators: [
        IndicatorTemplate(
          name: L3("Deelnemers met digitaal attest", "Participants certifiés", "Participants certified"),
          unit: "personen", baseline: 0, target: 150),
        IndicatorTemplate(
          name: L3("Uitgeleende laptops", "Ordinateurs prêtés", "Laptops lent"), unit: "laptops", baseline: 0,
          target: 300),
      ], expertise: "digitaal"),
    Theme(
      tags: ["voeding", "armoede", "voedselverspilling"], sdgs: [1, 2, 12],
      titles: [
        L3(
          "Sociale kruidenier met lokale boeren", "Épicerie sociale et circuits courts",
          "Social grocery with local farmers"),
        L3("Soepbar met voedseloverschotten", "Cantine solidaire anti-gaspillage", "Surplus food soup bar"),
      ],
      pitches: [
        L3(
          "Een buurtwinkel waar gezinnen met een laag inkomen verse producten van lokale boeren kopen aan halve prijs.",
          "Une épicerie où les familles à petit revenu achètent des produits frais de fermes locales à moitié prix.",
          "A neighbourhood shop where low-income families buy fresh produce from local farmers at half price."),
        L3(
          "Overschotten van supermarkten en boeren worden gezonde maaltijden aan een prijs die iedereen kan betalen.",
          "Les invendus des commerces et des fermes deviennent des repas sains à un prix accessible à tous.",
          "Surplus from shops and farms becomes healthy meals at a price everyone can afford."),
      ],
      change: L3(
        "Als gezonde voeding betaalbaar en dichtbij is, eten gezinnen in armoede gezonder en wordt minder verspild.",
        "Si une alimentation saine est abordable et proche, les familles précarisées mangent mieux et on gaspille moins.",
        "If healthy food is affordable and close by, families in poverty eat better and less food is wasted."),
      indicators: [
        IndicatorTemplate(
          name: L3("Geredde voeding", "Nourriture sauvée", "Food rescued"), unit: "kg", baseline: 0, target: 20_000),
        IndicatorTemplate(
          name: L3("Maaltijden per week", "Repas par semaine", "Meals per week"), unit: "maaltijden", baseline: 0,
          target: 400),
      ], expertise: "voeding"),
    Theme(
      tags: ["wonen", "dakloosheid"], sdgs: [1, 11],
      titles: [
        L3(
          "Co-housing voor alleenstaande moeders", "Habitat solidaire intergénérationnel",
          "Intergenerational home sharing"),
        L3(
          "Tijdelijk wonen in leegstaande kantoren", "Logement de transit dans des bureaux vides",
          "Community land trust for affordable homes"),
      ],
      pitches: [
        L3(
          "Alleenstaande moeders delen een groot huis met een gemeenschappelijke keuken, opvang en een vaste coach.",
          "Des aînés qui vivent seuls dans une grande maison accueillent un étudiant en échange d'un coup de main.",
          "Older people living alone in a big house take in a student lodger in exchange for help and company."),
        L3(
          "Leegstaande kantoren worden betaalbare tijdelijke woningen met begeleiding, tot er een vaste woonst is.",
          "Des bureaux vides deviennent des logements de transit abordables avec accompagnement, en attendant mieux.",
          "A community land trust keeps land in common hands so that homes stay affordable for good."),
      ],
      change: L3(
        "Als mensen snel een stabiele woonst vinden, kunnen ze werken aan werk, gezondheid en schulden.",
        "Si les personnes trouvent vite un logement stable, elles peuvent se consacrer à l'emploi, la santé et les dettes.",
        "If people quickly find a stable home, they can work on jobs, health and debts."),
      indicators: [
        IndicatorTemplate(
          name: L3("Gehuisveste personen", "Personnes logées", "People housed"), unit: "personen", baseline: 0,
          target: 40),
        IndicatorTemplate(
          name: L3("Doorstroom naar vaste woning", "Passage vers un logement durable", "Moves to a permanent home"),
          unit: "%", baseline: 0, target: 70),
      ], expertise: "huisvesting"),
    Theme(
      tags: ["werk", "inclusie"], sdgs: [8, 10],
      titles: [
        L3(
          "Jobcoaching door ervaringsdeskundigen", "Tremplin vers l'emploi pour jeunes NEET",
          "Paid traineeships for refugees in hospitality"),
        L3(
          "Werkervaring in een circulaire kringwinkel", "Entreprise d'insertion dans le textile",
          "Job matching for people with autism"),
      ],
      pitches: [
        L3(
          "Wie zelf lang werkzoekend was, coacht anderen naar een job die past, samen met lokale werkgevers.",
          "Des jeunes sans emploi ni formation découvrent des métiers en entreprise, accompagnés par un parrain.",
          "Refugees do a paid traineeship in restaurants and hotels, with language coaching on the job."),
        L3(
          "Langdurig werkzoekenden sorteren, herstellen en verkopen tweedehands spullen en leren zo een vak.",
          "Des personnes éloignées de l'emploi trient et retouchent des vêtements de seconde main et apprennent un métier.",
          "We match people with autism to employers who value precision, and coach both sides."),
      ],
      change: L3(
        "Als werkzoekenden begeleid worden door gelijken, vinden en houden ze vaker een job.",
        "Si les demandeurs d'emploi sont accompagnés par des pairs, ils trouvent et gardent plus souvent un emploi.",
        "If job seekers are coached by peers, they find and keep jobs more often."),
      indicators: [
        IndicatorTemplate(
          name: L3("Deelnemers aan het werk", "Participants en emploi", "Participants in work"), unit: "personen",
          baseline: 0, target: 80),
        IndicatorTemplate(
          name: L3("Jobbehoud na 1 jaar", "Maintien dans l'emploi après 1 an", "Job retention after 1 year"), unit: "%",
          baseline: 40, target: 75),
      ], expertise: "tewerkstelling"),
    Theme(
      tags: ["zorg", "mantelzorg"], sdgs: [3, 5],
      titles: [
        L3(
          "Zorgzame buurt: mantelzorgers ontlasten", "Répit pour les aidants proches", "Respite care for young carers"),
        L3("Respijtzorg aan huis door vrijwilligers", "Maison médicale de quartier", "Peer support for new parents"),
      ],
      pitches: [
        L3(
          "Getrainde buren nemen een paar uur per week de zorg over zodat mantelzorgers even op adem komen.",
          "Des voisins formés prennent le relais quelques heures par semaine pour que les aidants puissent souffler.",
          "Trained neighbours take over care for a few hours a week so carers can catch their breath."),
        L3(
          "Vrijwilligers komen 's nachts of in het weekend aan huis zodat mantelzorgers kunnen slapen of op vakantie gaan.",
          "Une maison médicale au forfait où médecins, infirmiers et travailleurs sociaux soignent tout le quartier.",
          "Experienced parents support new parents in the first year, at home and in small groups."),
      ],
      change: L3(
        "Als mantelzorgers regelmatig ontlast worden, houden ze het langer vol en blijven zorgvragers langer thuis.",
        "Si les aidants sont régulièrement soulagés, ils tiennent plus longtemps et les personnes aidées restent chez elles.",
        "If carers get regular relief, they keep going longer and the people they care for stay at home longer."),
      indicators: [
        IndicatorTemplate(
          name: L3("Uren respijtzorg", "Heures de répit", "Hours of respite care"), unit: "uren", baseline: 0,
          target: 5000),
        IndicatorTemplate(
          name: L3("Ervaren belasting mantelzorgers", "Charge ressentie des aidants", "Perceived carer burden"),
          unit: "/10", baseline: 8, target: 5),
      ], expertise: "zorg"),
    Theme(
      tags: ["energie", "klimaat", "armoede"], sdgs: [1, 7, 13],
      titles: [
        L3(
          "Energiecoöperatie op sociale woningen", "Coopérative d'énergie citoyenne", "Solar panels for social housing"),
        L3(
          "Energiecoaches tegen energiearmoede", "Lutte contre la précarité énergétique",
          "Energy coaches for low-income households"),
      ],
      pitches: [
        L3(
          "Huurders van sociale woningen worden mede-eigenaar van de zonnepanelen op hun dak.",
          "Les locataires sociaux deviennent copropriétaires des panneaux solaires sur leur toit.",
          "Social housing tenants become co-owners of the solar panels on their roof."),
        L3(
          "Energiecoaches komen aan huis, dichten kieren, leggen de factuur uit en helpen bij premies.",
          "Des coachs énergie passent à domicile, calfeutrent, expliquent la facture et aident à obtenir les primes.",
          "Energy coaches visit homes, seal draughts, explain the bill and help with grants."),
      ],
      change: L3(
        "Als kwetsbare huishoudens zelf energie opwekken en besparen, daalt hun factuur en hun uitstoot.",
        "Si les ménages vulnérables produisent et économisent leur énergie, leur facture et leurs émissions baissent.",
        "If vulnerable households produce and save energy themselves, their bills and emissions fall."),
      indicators: [
        IndicatorTemplate(
          name: L3("Besparing per gezin", "Économie par ménage", "Savings per household"), unit: "€/jaar", baseline: 0,
          target: 350),
        IndicatorTemplate(
          name: L3("Opgewekte stroom", "Électricité produite", "Electricity generated"), unit: "MWh", baseline: 0,
          target: 420),
      ], expertise: "energie"),
    Theme(
      tags: ["onderwijs", "taal"], sdgs: [4, 5],
      titles: [
        L3(
          "Huiswerkklas met studenten als mentor", "École de devoirs avec des étudiants",
          "Reading buddies for primary schools"),
        L3("Taalcafé voor anderstalige ouders", "Café des langues pour parents allophones", "Coding club for girls"),
      ],
      pitches: [
        L3(
          "Studenten helpen kinderen na school met huiswerk en lezen, de ouders oefenen ondertussen Nederlands.",
          "Des étudiants aident les enfants après l'école pendant que les parents pratiquent le français.",
          "Students read with primary school children every week, so that reading becomes fun instead of a struggle."),
        L3(
          "Ouders oefenen Nederlands bij een koffie aan de schoolpoort, met vrijwilligers uit de buurt.",
          "Les parents pratiquent le français autour d'un café à l'école, avec des bénévoles du quartier.",
          "Girls aged 10 to 14 learn to code and build apps with female role models from tech."),
      ],
      change: L3(
        "Als kinderen thuis en op school steun krijgen, halen ze betere resultaten en blijven ze minder vaak zitten.",
        "Si les enfants sont soutenus à la maison et à l'école, leurs résultats s'améliorent et le redoublement recule.",
        "If children get support at home and at school, results improve and fewer repeat a year."),
      indicators: [
        IndicatorTemplate(
          name: L3("Kinderen in de huiswerkklas", "Enfants à l'école de devoirs", "Children in homework club"),
          unit: "kinderen", baseline: 0, target: 90),
        IndicatorTemplate(
          name: L3("Zittenblijvers", "Redoublements", "Pupils repeating a year"), unit: "%", baseline: 18, target: 8),
      ], expertise: "onderwijs"),
    Theme(
      tags: ["circulair", "delen"], sdgs: [11, 12],
      titles: [
        L3(
          "Repair Café met uitleenpunt voor gereedschap", "Bibliothèque d'outils partagés",
          "Tool library in the neighbourhood"),
        L3("Deelplatform voor babyspullen", "Ressourcerie de quartier", "Upcycling workshop for textile waste"),
      ],
      pitches: [
        L3(
          "Buren lenen gereedschap en laten kapotte spullen herstellen in plaats van nieuw te kopen.",
          "Les voisins empruntent des outils et font réparer plutôt que d'acheter neuf.",
          "Neighbours borrow tools and get broken things repaired instead of buying new."),
        L3(
          "Ouders lenen kinderwagens, bedjes en kleren van elkaar via een buurtplatform en een ophaalpunt.",
          "Une ressourcerie collecte, répare et revend les objets du quartier et forme des demandeurs d'emploi.",
          "Textile waste becomes bags and clothes in a workshop run by women looking for work."),
      ],
      change: L3(
        "Als delen en herstellen makkelijker is dan kopen, daalt het afval en leren buren elkaar kennen.",
        "Si partager et réparer est plus simple qu'acheter, les déchets diminuent et les voisins se rencontrent.",
        "If sharing and repairing is easier than buying, waste falls and neighbours get to know each other."),
      indicators: [
        IndicatorTemplate(
          name: L3("Uitleningen per maand", "Prêts par mois", "Loans per month"), unit: "uitleningen", baseline: 0,
          target: 250),
        IndicatorTemplate(
          name: L3("Vermeden afval", "Déchets évités", "Waste avoided"), unit: "kg", baseline: 0, target: 8000),
      ], expertise: "circulaire economie"),
    Theme(
      tags: ["mentaal welzijn", "jongeren"], sdgs: [3],
      titles: [
        L3(
          "Laagdrempelige praatgroepen voor jongeren", "Lieu d'accueil pour jeunes en souffrance psychique",
          "Peer-led mental health hub for students"),
        L3(
          "Herstelcafé voor mensen met psychische kwetsbaarheid", "Pair-aidance en santé mentale",
          "Walk-and-talk groups for men"),
      ],
      pitches: [
        L3(
          "Een plek zonder wachtlijst waar jongeren terechtkunnen bij lotgenoten en een getrainde begeleider.",
          "Un lieu sans liste d'attente où les jeunes trouvent des pairs et un accompagnant formé.",
          "A place without a waiting list where young people meet peers and a trained facilitator."),
        L3(
          "Een open café waar mensen met psychische kwetsbaarheid elkaar ontmoeten en ervaringsdeskundigen het gesprek leiden.",
          "Des pair-aidants formés, passés eux-mêmes par la maladie, accompagnent des personnes en rétablissement.",
          "Men meet weekly to walk and talk: a low-threshold way to open up about how they feel."),
      ],
      change: L3(
        "Als jongeren vroeg en zonder drempel steun vinden, escaleren psychische problemen minder vaak.",
        "Si les jeunes trouvent du soutien tôt et sans barrière, les troubles psychiques s'aggravent moins souvent.",
        "If young people find support early and without barriers, mental health problems escalate less often."),
      indicators: [
        IndicatorTemplate(
          name: L3("Bezoeken per maand", "Visites par mois", "Visits per month"), unit: "bezoeken", baseline: 0,
          target: 200),
        IndicatorTemplate(
          name: L3("Ervaren welzijn", "Bien-être ressenti", "Self-reported well-being"), unit: "/10", baseline: 5,
          target: 7),
      ], expertise: "geestelijke gezondheid"),
    Theme(
      tags: ["toegankelijkheid", "inclusie"], sdgs: [10, 11],
      titles: [
        L3(
          "Toegankelijke stadsgidsen door mensen met een beperking", "Tourisme accessible pour tous",
          "Accessible city guides made by wheelchair users"),
        L3("Inclusieve sportclub", "Club de sport inclusif", "Sign language café"),
      ],
      pitches: [
        L3(
          "Mensen met een beperking testen en beschrijven de toegankelijkheid van winkels, musea en parken.",
          "Des personnes en situation de handicap testent et décrivent l'accessibilité des commerces, musées et parcs.",
          "People with disabilities test and describe how accessible shops, museums and parks really are."),
        L3(
          "Een sportclub waar sporters met en zonder beperking samen trainen, met aangepast materiaal en coaches.",
          "Un club où sportifs avec et sans handicap s'entraînent ensemble, avec du matériel adapté.",
          "A café run by deaf staff where customers order in sign language and learn the basics."),
      ],
      change: L3(
        "Als toegankelijkheid zichtbaar is, nemen meer mensen met een beperking deel en passen plekken zich aan.",
        "Si l'accessibilité est visible, davantage de personnes handicapées participent et les lieux s'adaptent.",
        "If accessibility is visible, more disabled people take part and places adapt."),
      indicators: [
        IndicatorTemplate(
          name: L3("Beoordeelde locaties", "Lieux évalués", "Places assessed"), unit: "locaties", baseline: 0,
          target: 500),
        IndicatorTemplate(
          name: L3("Aangepaste locaties", "Lieux adaptés", "Places adapted"), unit: "locaties", baseline: 0, target: 60),
      ], expertise: "toegankelijkheid"),
    Theme(
      tags: ["stadslandbouw", "groen"], sdgs: [2, 11, 15],
      titles: [
        L3("Moestuinen op schooldaken", "Potagers urbains sur les toits", "Urban farm training unemployed youth"),
        L3("Geveltuinen met buurtbewoners", "Verdurisation des cours d'école", "Green schoolyards with parents"),
      ],
      pitches: [
        L3(
          "Grijze daken en speelplaatsen worden groene moestuinen die buurt, school en werkzoekenden samenbrengen.",
          "Toits et cours grises deviennent des potagers qui rassemblent quartier, école et demandeurs d'emploi.",
          "Grey roofs and schoolyards become vegetable gardens that bring neighbours, schools and job seekers together."
        ),
        L3(
          "Bewoners breken samen stoeptegels uit en planten geveltuinen die de straat koelen.",
          "Parents, élèves et voisins transforment une cour bétonnée en espace vert ouvert au quartier.",
          "Parents, pupils and neighbours turn a concrete schoolyard into a green space open to the area."),
      ],
      change: L3(
        "Als buurten samen groen beheren, koelt de wijk af, groeit de biodiversiteit en het contact tussen bewoners.",
        "Si les quartiers gèrent ensemble leurs espaces verts, la ville rafraîchit, la biodiversité et les liens grandissent.",
        "If neighbourhoods manage green spaces together, streets cool down and biodiversity and ties grow."),
      indicators: [
        IndicatorTemplate(
          name: L3("Onthard oppervlak", "Surface désimperméabilisée", "Area de-paved"), unit: "m²", baseline: 0,
          target: 2500),
        IndicatorTemplate(
          name: L3("Actieve tuiniers", "Jardiniers actifs", "Active gardeners"), unit: "personen", baseline: 0,
          target: 120),
      ], expertise: "stadslandbouw"),
    Theme(
      tags: ["cultuur", "sociale cohesie"], sdgs: [10, 16],
      titles: [
        L3(
          "Buurtradio door en voor jongeren", "Radio de quartier par et pour les jeunes",
          "Storytelling project with refugees"),
        L3(
          "Wijkfeesten met nieuwkomers als gastheer", "Théâtre-forum contre les discriminations",
          "Neighbourhood choir for all ages"),
      ],
      pitches: [
        L3(
          "Jongeren maken radio over hun wijk en leren interviewen, monteren en presenteren.",
          "Des jeunes font de la radio sur leur quartier et apprennent à interviewer, monter et présenter.",
          "Refugees and long-time residents share their stories on stage and in a podcast."),
        L3(
          "Nieuwkomers organiseren samen met de buurt een feest met eten, muziek en verhalen uit hun land.",
          "Des habitants rejouent des discriminations vécues et le public cherche des solutions sur scène.",
          "A choir open to everyone from eight to eighty, rehearsing in the community centre every week."),
      ],
      change: L3(
        "Als bewoners elkaars verhalen horen, groeit het vertrouwen en daalt het aantal conflicten in de wijk.",
        "Si les habitants entendent les histoires des autres, la confiance grandit et les conflits diminuent.",
        "If residents hear each other's stories, trust grows and conflicts in the neighbourhood decline."),
      indicators: [
        IndicatorTemplate(
          name: L3("Betrokken jongeren", "Jeunes impliqués", "Young people involved"), unit: "personen", baseline: 0,
          target: 45),
        IndicatorTemplate(
          name: L3("Vertrouwen in buren", "Confiance envers les voisins", "Trust in neighbours"), unit: "%",
          baseline: 35, target: 50),
      ], expertise: "cultuur"),
    Theme(
      tags: ["schulden", "financiële inclusie"], sdgs: [1, 5, 8],
      titles: [
        L3("Budgetcoaching via WhatsApp", "Coaching budgétaire par les pairs", "Debt advice chatbot"),
        L3(
          "Microkredieten voor vrouwelijke ondernemers", "Microcrédit pour femmes entrepreneures",
          "Savings circles for newcomers"),
      ],
      pitches: [
        L3(
          "Via WhatsApp helpt een vaste budgetbuddy gezinnen met schulden hun post, facturen en afbetalingen op orde te krijgen.",
          "Un binôme budget aide les familles endettées à trier courrier, factures et plans de paiement.",
          "A chatbot answers debt questions day and night and hands over to a budget buddy when it gets hard."),
        L3(
          "Vrouwen die geen bankkrediet krijgen, lenen tot 10.000 euro en krijgen een mentor voor hun zaak.",
          "Des femmes exclues du crédit bancaire empruntent jusqu'à 10 000 euros et sont parrainées pour leur activité.",
          "Newcomers save together in trusted circles, with a small bonus and budget coaching."),
      ],
      change: L3(
        "Als gezinnen vroeg hulp krijgen bij schulden, vermijden ze gerechtskosten en herwinnen ze rust.",
        "Si les familles sont aidées tôt face aux dettes, elles évitent les frais de justice et retrouvent la sérénité.",
        "If families get help with debt early, they avoid court costs and regain peace of mind."),
      indicators: [
        IndicatorTemplate(
          name: L3("Begeleide gezinnen", "Familles accompagnées", "Families supported"), unit: "gezinnen", baseline: 0,
          target: 150),
        IndicatorTemplate(
          name: L3("Gezinnen met afbetalingsplan", "Familles avec plan de paiement", "Families with a repayment plan"),
          unit: "%", baseline: 10, target: 60),
      ], expertise: "schuldhulp"),
  ]

  /// Indicator units in the idea's language.
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
