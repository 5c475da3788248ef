/**
 * The listing fixtures with the items a reader sees on each page, at the address the page was
 * taken from: titles (a kicker kept as "Kicker: Headline"), absolute links, dates (a day alone
 * is midnight in Berlin), teaser openings. Shared by the fixture test (Node) and the Firefox
 * end-to-end test.
 */
export interface ExpectedItem {
  title: string;
  link: string;
  /** ISO-8601 UTC, or null. */
  published: string | null;
  /** How the teaser starts ('' for none). */
  teaser: string;
}

/** Midnight of a Berlin day (CET in winter, CEST from the last Sunday of March). */
const day = (iso: string) => new Date(`${iso}T00:00:00${iso >= '2025-03-30' && iso < '2025-10-26' ? '+02:00' : '+01:00'}`).toISOString();

export const LISTING_CASES: { file: string; url: string; items: ExpectedItem[] }[] = [
  {
    file: 'typo3-news.html',
    url: 'https://www.landkreis-beispielhausen.de/aktuelles/pressemitteilungen/',
    items: [
      { title: 'Online-Zulassung jetzt rund um die Uhr', link: 'https://www.landkreis-beispielhausen.de/aktuelles/pressemitteilungen/detail/online-zulassung-jetzt-rund-um-die-uhr', published: day('2025-03-24'), teaser: 'Die Kfz-Zulassungsstelle des Landkreises' },
      { title: 'Breitbandausbau: Förderbescheid für 14 Gemeinden', link: 'https://www.landkreis-beispielhausen.de/index.php?id=87&tx_news_pi1%5Bnews%5D=512&cHash=9f3c2a1b', published: day('2025-03-20'), teaser: 'Landrätin Dr. Petra Muster' },
      { title: 'Kreistag beschließt Digitalstrategie', link: 'https://www.landkreis-beispielhausen.de/aktuelles/pressemitteilungen/detail/kreistag-beschliesst-digitalstrategie', published: day('2025-03-14'), teaser: 'Mit großer Mehrheit' },
      { title: 'Sprechzeiten an Ostern', link: 'https://www.landkreis-beispielhausen.de/aktuelles/pressemitteilungen/detail/sprechzeiten-an-ostern', published: day('2025-03-10'), teaser: 'Das Landratsamt bleibt' },
    ],
  },
  {
    file: 'gsb-teaser.html',
    url: 'https://www.bmbw.bund.example/SharedDocs/Pressemitteilungen/DE/pressemitteilungen_node.html',
    items: [
      { title: 'Bund und Länder verbinden ihre Verwaltungsportale', link: 'https://www.bmbw.bund.example/SharedDocs/Pressemitteilungen/DE/2025/03/verwaltungsportal-bund.html', published: day('2025-03-27'), teaser: 'Ab April finden Bürgerinnen und Bürger' },
      { title: 'Deutsche Verwaltungscloud: erste Kommunen angeschlossen', link: 'https://www.bmbw.bund.example/SharedDocs/Pressemitteilungen/DE/2025/03/cloud-strategie.html', published: day('2025-03-21'), teaser: 'Die Städte Münster und Leipzig' },
      { title: 'OZG-Bilanz: 1.200 Leistungen online', link: 'https://www.bmbw.bund.example/SharedDocs/Pressemitteilungen/DE/2025/03/ozg-bilanz.html', published: day('2025-03-06'), teaser: 'Zwei Jahre nach Inkrafttreten' },
    ],
  },
  {
    file: 'wordpress-archive.html',
    url: 'https://www.musterbach.example/category/digitalisierung/',
    items: [
      { title: 'Freies WLAN im Rathaus und in der Bücherei', link: 'https://www.musterbach.example/2025/03/24/wlan-im-rathaus/', published: '2025-03-24T08:30:00.000Z', teaser: 'Seit Montag gibt es im Rathaus' },
      { title: 'Termine im Bürgerbüro jetzt online buchen', link: 'https://www.musterbach.example/2025/03/03/termine-online-buchen/', published: '2025-03-03T13:00:00.000Z', teaser: 'Wer einen Personalausweis' },
      { title: 'Gemeinderat: Sitzungen künftig im Livestream', link: 'https://www.musterbach.example/2025/02/12/gemeinderat-live/', published: '2025-02-12T17:45:00.000Z', teaser: 'Der Gemeinderat hat beschlossen' },
    ],
  },
  {
    file: 'joomla-blog.html',
    url: 'https://www.vg-beispielsee.example/index.php/aktuelles',
    items: [
      { title: 'Glasfaser für alle Ortsgemeinden', link: 'https://www.vg-beispielsee.example/index.php/aktuelles/214-glasfaser-fuer-alle-ortsgemeinden', published: '2025-03-19T09:15:00.000Z', teaser: 'Alle 18 Ortsgemeinden' },
      { title: 'Digitale Sprechstunde der Bürgermeisterin', link: 'https://www.vg-beispielsee.example/index.php/aktuelles/209-digitale-sprechstunde-der-buergermeisterin', published: '2025-03-05T07:00:00.000Z', teaser: 'Ab sofort bietet Bürgermeisterin' },
      { title: 'Amtsblatt erscheint künftig digital', link: 'https://www.vg-beispielsee.example/index.php/aktuelles/201-amtsblatt-erscheint-kuenftig-digital', published: '2025-02-20T11:30:00.000Z', teaser: 'Das Amtsblatt der Verbandsgemeinde' },
    ],
  },
  {
    file: 'drupal-views.html',
    url: 'https://www.stadt-beispielburg.example/aktuelles',
    items: [
      { title: 'Smart City: Sensoren messen freie Parkplätze', link: 'https://www.stadt-beispielburg.example/aktuelles/smart-city-sensoren-messen-parkplaetze', published: '2025-03-25T12:00:00.000Z', teaser: 'In der Innenstadt melden' },
      { title: 'Bürgerhaushalt 2026: Vorschläge online einreichen', link: 'https://www.stadt-beispielburg.example/aktuelles/buergerhaushalt-2026-vorschlaege-online', published: '2025-03-18T08:30:00.000Z', teaser: 'Bis zum 30. April' },
      { title: 'E-Akte in allen Ämtern eingeführt', link: 'https://www.stadt-beispielburg.example/aktuelles/e-akte-in-allen-aemtern', published: '2025-03-04T15:00:00.000Z', teaser: 'Als letzte Dienststelle' },
    ],
  },
  {
    file: 'plain-dated-links.html',
    url: 'https://www.kleinwalde.example/gemeinde/aktuelles.html',
    items: [
      { title: 'Neues Bürgerportal online', link: 'https://www.kleinwalde.example/gemeinde/aktuelles/2025-03-28-buergerportal.html', published: day('2025-03-28'), teaser: '' },
      { title: 'Ablesung der Wasserzähler jetzt per Online-Formular', link: 'https://www.kleinwalde.example/gemeinde/aktuelles/2025-03-17-wasserzaehler.html', published: day('2025-03-17'), teaser: '' },
      { title: 'Einladung zur Sitzung des Gemeinderates', link: 'https://www.kleinwalde.example/gemeinde/aktuelles/2025-03-03-gemeinderat.html', published: day('2025-03-03'), teaser: '' },
      { title: 'Breitbandausbau im Ortsteil Oberwalde beginnt', link: 'https://www.kleinwalde.example/gemeinde/aktuelles/2025-02-21-breitband.html', published: day('2025-02-21'), teaser: '' },
    ],
  },
  {
    file: 'table-layout.html',
    url: 'http://www.markt-beispielsheim.example/neuigkeiten.php',
    items: [
      { title: 'Neuer Online-Antrag für Hundesteuer', link: 'http://www.markt-beispielsheim.example/news.php?id=412&kat=3', published: day('2025-03-25'), teaser: 'Ab sofort können Hunde' },
      { title: 'Glasfaser: Info-Abend im Pfarrsaal', link: 'http://www.markt-beispielsheim.example/news.php?id=409&kat=3', published: day('2025-03-12'), teaser: 'Der Netzbetreiber informiert' },
      { title: 'Rathaus am Faschingsdienstag geschlossen', link: 'http://www.markt-beispielsheim.example/news.php?id=401&kat=1', published: day('2025-02-28'), teaser: 'Die Verwaltung ist am 4. März' },
    ],
  },
  {
    file: 'kommune21.html',
    url: 'https://www.kommune21.de/meldungen/',
    items: [
      { title: 'Brandenburg: Bürgerservice per Videokabine', link: 'https://www.kommune21.de/meldungen/brandenburg-buergerservice-per-videokabine', published: day('2025-05-19'), teaser: 'Der Landkreis Uckermark wurde' },
      { title: 'Dresden: Bezahlkarte für Asylsuchende gestartet', link: 'https://www.kommune21.de/meldungen/dresden-bezahlkarte-fuer-asylsuchende-gestartet', published: day('2025-05-09'), teaser: 'Seit dieser Woche' },
      { title: 'Baden-Württemberg: Leitfaden für bessere Bürgerkommunikation', link: 'https://www.kommune21.de/meldungen/baden-wuerttemberg-leitfaden-fuer-bessere-buergerkommunikation', published: day('2025-05-07'), teaser: 'Ein Projekt der Dualen Hochschule' },
      { title: 'Nürnberg: Konzept Bürger-PC gestartet', link: 'https://www.kommune21.de/meldungen/nuernberg-konzept-buerger-pc-gestartet', published: day('2025-04-25'), teaser: 'Um noch mehr Menschen' },
      { title: 'Diez/Kaisersesch/Montabaur/Weißenthurm: Kooperation im Prozessmanagement', link: 'https://www.kommune21.de/meldungen/kooperation-im-prozessmanagement', published: day('2025-04-08'), teaser: 'Gemeinsam wollen die Verbandsgemeinden' },
    ],
  },
  {
    file: 'jsonld-itemlist.html',
    url: 'https://digital.beispielland.example/meldungen/',
    items: [
      { title: 'Landesportal: 500 Verwaltungsleistungen online', link: 'https://digital.beispielland.example/meldungen/landesportal-500-leistungen', published: '2025-03-26T08:00:00.000Z', teaser: 'Über das Landesportal lassen sich nun 500 Leistungen von Land und Kommunen digital beantragen. Minister Beispiel: "Ein Meilenstein."' },
      { title: 'Förderprogramm „Digitale Kommune“ startet zweite Runde', link: 'https://digital.beispielland.example/meldungen/foerderprogramm-digitale-kommune', published: day('2025-03-12'), teaser: 'Kommunen können bis zum 30. Juni' },
      { title: 'KI-Assistent für Bürgeranfragen im Test', link: 'https://digital.beispielland.example/meldungen/ki-assistent-buergeranfragen', published: '2025-02-27T13:00:00.000Z', teaser: 'Drei Landratsämter erproben' },
    ],
  },
  {
    file: 'latin1-pressemitteilungen.html',
    url: 'https://www.uebelsbach.example/presse/',
    items: [
      { title: 'Gründung des Zweckverbands „Digitale Verwaltung Süd“', link: 'https://www.uebelsbach.example/presse/2025/gruendung-zweckverband.html', published: '2025-03-19T09:15:00.000Z', teaser: 'Die Städte Übelsbach und Größingen sowie fünf Gemeinden gründen einen Zweckverband für gemeinsame IT-Dienste. Die Kosten pro Einwohner sinken um rund 12 €.' },
      { title: 'Schöffenwahl: Bewerbung jetzt auch online möglich', link: 'https://www.uebelsbach.example/presse/2025/schoeffenwahl.html', published: '2025-03-07T13:30:00.000Z', teaser: 'Für die Amtsperiode 2029 bis 2033' },
      { title: 'Straßenbeleuchtung: Störungen per Mängelmelder', link: 'https://www.uebelsbach.example/presse/2025/strassenbeleuchtung.html', published: '2025-02-24T08:00:00.000Z', teaser: 'Defekte Straßenlaternen' },
    ],
  },
  {
    file: 'misleading-boxes.html',
    url: 'https://www.musterstadt.example/aktuelles/',
    items: [
      { title: 'Digitales Fundbüro gestartet', link: 'https://www.musterstadt.example/aktuelles/digitales-fundbuero/', published: null, teaser: 'Verlorene Gegenstände' },
      { title: 'Open-Data-Portal mit neuen Datensätzen', link: 'https://www.musterstadt.example/aktuelles/open-data-portal/', published: null, teaser: 'Haushaltsdaten, Baumkataster' },
      { title: 'Alle Schulen mit schnellem WLAN versorgt', link: 'https://www.musterstadt.example/aktuelles/wlan-in-schulen/', published: null, teaser: 'Mit Mitteln aus dem Digitalpakt' },
    ],
  },
];
