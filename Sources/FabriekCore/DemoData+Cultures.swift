/// Names from the cultures of Flanders and Brussels, staff, places and regions.
extension DemoData {
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

}
