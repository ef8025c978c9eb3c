/// Social-innovation themes, continued: energy, learning, sharing, wellbeing, accessibility, food, culture, debt.
extension DemoData {
  static let themesClimateLearningAndWellbeing: [Theme] = [
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
}
