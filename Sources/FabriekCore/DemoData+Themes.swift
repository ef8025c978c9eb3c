/// Social-innovation themes: titles, pitches, theories of change and indicators in nl, fr, en.
extension DemoData {
  /// The fifteen themes, in two files to keep each readable.
  static let themes: [Theme] = themesLivingAndWork + themesClimateLearningAndWellbeing

  static let themesLivingAndWork: [Theme] = [
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
  ]

  /// Indicator units in the idea's language.
}
