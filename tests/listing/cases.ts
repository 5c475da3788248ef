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

/** Midnight of a Berlin winter day (CET). */
const winterDay = (iso: string) => new Date(`${iso}T00:00:00+01:00`).toISOString();
/** A Berlin winter wall-clock time. */
const winterAt = (iso: string) => new Date(`${iso}:00+01:00`).toISOString();

/**
 * Pages as the CMS families of German Kreise, Gemeinden, Land ministries, associations and IT
 * service providers emit them (tests/listing/families.test.ts), with the items a reader sees.
 */
export const FAMILY_CASES: { family: string; file: string; url: string; items: ExpectedItem[] }[] = [
  {
    family: 'IKISS (Kreis): ul.result-list, the whole entry one link, "Termine" beside it in the same markup',
    file: 'ikiss-kreis.html',
    url: 'https://www.landkreis-beispielfeld.example/Aktuelles/Pressemitteilungen/',
    items: [
      { title: 'Digitale Bauanträge ab Januar', link: 'https://www.landkreis-beispielfeld.example/Aktuelles/Pressemitteilungen/Digitale-Bauantr%C3%A4ge-ab-Januar.php?object=tx,3282.5&ModID=7&FID=3282.11204.1&NavID=3282.16&La=1', published: winterDay('2025-12-03'), teaser: 'Ab dem 1. Januar 2026 nimmt die Bauaufsicht' },
      { title: 'Kreistag beschließt Breitbandförderung für elf Gemeinden', link: 'https://www.landkreis-beispielfeld.example/Aktuelles/Pressemitteilungen/Kreistag-beschlie%C3%9Ft-Breitbandf%C3%B6rderung.php?object=tx,3282.5&ModID=7&FID=3282.11198.1&NavID=3282.16&La=1', published: winterDay('2025-11-28'), teaser: 'Mit großer Mehrheit hat der Kreistag' },
      { title: 'Zulassungsstelle am 27. Dezember geschlossen', link: 'https://www.landkreis-beispielfeld.example/Aktuelles/Pressemitteilungen/Zulassungsstelle-am-Br%C3%BCckentag-geschlossen.php?object=tx,3282.5&ModID=7&FID=3282.11187.1&NavID=3282.16&La=1', published: winterDay('2025-11-21'), teaser: 'Die Kfz-Zulassungsstelle bleibt' },
      { title: 'Schulsozialarbeit an zwei weiteren Schulen', link: 'https://www.landkreis-beispielfeld.example/Aktuelles/Pressemitteilungen/Neue-Schulsozialarbeit.php?object=tx,3282.5&ModID=7&FID=3282.11170.1&NavID=3282.16&La=1', published: winterDay('2025-11-14'), teaser: 'Der Jugendhilfeausschuss hat' },
    ],
  },
  {
    family: 'NOLIS (Samtgemeinde): weekday before the date, "mehr" link with hidden "Artikel lesen: …"',
    file: 'nolis-gemeinde.html',
    url: 'https://www.beispielmoor.example/portal/seiten/aktuelles-900000012-20100.html',
    items: [
      { title: 'Neue Online-Dienste im Bürgerbüro', link: 'https://www.beispielmoor.example/portal/meldungen/neue-online-dienste-im-buergerbuero-900003211-20100.html?rubrik=900000012', published: winterDay('2025-12-03'), teaser: 'Meldebescheinigungen und Führungszeugnisse' },
      { title: 'Sperrung der Kreisstraße 12', link: 'https://www.beispielmoor.example/portal/meldungen/sperrung-der-kreisstrasse-12-900003198-20100.html?rubrik=900000012', published: winterDay('2025-11-28'), teaser: 'Wegen Kanalarbeiten' },
      { title: 'Ratsinformationssystem jetzt auch als App', link: 'https://www.beispielmoor.example/portal/meldungen/ratsinformationssystem-mit-app-900003187-20100.html?rubrik=900000012', published: winterDay('2025-11-25'), teaser: 'Sitzungsunterlagen des Samtgemeinderates' },
    ],
  },
  {
    family: 'Sitepark IES (Kreis): BEM article teasers, topic label beside <time>, a marginal "Aktuelles" box repeating links',
    file: 'sitepark-ies.html',
    url: 'https://www.kreis-beispiel-lippe.example/aktuelles/nachrichten',
    items: [
      { title: 'Hebammenzentrale vermittelt jetzt online', link: 'https://www.kreis-beispiel-lippe.example/aktuelles/nachrichten/2025/12/hebammenzentrale', published: winterAt('2025-12-03T11:20'), teaser: 'Schwangere finden freie Hebammen' },
      { title: 'Rufbus fährt in drei weiteren Gemeinden', link: 'https://www.kreis-beispiel-lippe.example/aktuelles/nachrichten/2025/11/rufbus', published: winterAt('2025-11-29T09:00'), teaser: 'Der Rufbus kann ab Dezember' },
      { title: 'Kreishaus: längere Servicezeiten am Donnerstag', link: 'https://www.kreis-beispiel-lippe.example/aktuelles/nachrichten/2025/11/kreishaus-servicezeiten', published: winterAt('2025-11-24T15:45'), teaser: 'Die Servicestellen im Kreishaus' },
    ],
  },
  {
    family: 'OpenCms Mercury (IT service provider): kicker inside the heading, "2. Dezember 2025", "Nov. 2025"',
    file: 'opencms-mercury.html',
    url: 'https://www.kiv-beispiel.example/aktuelles/meldungen/',
    items: [
      { title: 'Finanzwesen: E-Rechnung für alle Mitgliedskommunen freigeschaltet', link: 'https://www.kiv-beispiel.example/aktuelles/meldungen/2025/e-rechnung-kommunen.html', published: winterDay('2025-12-02'), teaser: 'Alle 54 Mitgliedskommunen' },
      { title: 'Wartungsarbeiten: Einwohnermeldeverfahren am Wochenende nicht erreichbar', link: 'https://www.kiv-beispiel.example/aktuelles/meldungen/2025/wartung-fachverfahren.html', published: winterDay('2025-11-24'), teaser: 'Wegen eines Updates' },
      { title: 'Gremien: Verbandsversammlung wählt neuen Vorsitzenden', link: 'https://www.kiv-beispiel.example/aktuelles/meldungen/2025/verbandsversammlung.html', published: winterDay('2025-11-01'), teaser: 'Der Bürgermeister der Stadt' },
    ],
  },
  {
    family: 'Imperia (Bezirksamt): table with date, title and Ressort cells under a header row',
    file: 'imperia-table.html',
    url: 'https://www.stadtstaat.example/ba-beispielberg/aktuelles/pressemitteilungen/',
    items: [
      { title: 'Bürgeramt Nord öffnet samstags', link: 'https://www.stadtstaat.example/ba-beispielberg/aktuelles/pressemitteilungen/2025/pressemitteilung.1601234.php', published: winterDay('2025-12-03'), teaser: '' },
      { title: 'Baumfällungen im Stadtpark: Ersatzpflanzungen beginnen', link: 'https://www.stadtstaat.example/ba-beispielberg/aktuelles/pressemitteilungen/2025/pressemitteilung.1600987.php', published: winterDay('2025-12-02'), teaser: '' },
      { title: 'Digitale Sprechstunde des Bezirksbürgermeisters', link: 'https://www.stadtstaat.example/ba-beispielberg/aktuelles/pressemitteilungen/2025/pressemitteilung.1599412.php', published: winterDay('2025-11-28'), teaser: '' },
      { title: 'Schulplatzvergabe 2026: Anmeldung jetzt online', link: 'https://www.stadtstaat.example/ba-beispielberg/aktuelles/pressemitteilungen/2025/pressemitteilung.1599003.php', published: winterDay('2025-11-27'), teaser: '' },
    ],
  },
  {
    family: 'FirstSpirit (Land ministry): div.row of cards, each card one link around <h3>, "Pressemitteilung vom …"',
    file: 'firstspirit-grid.html',
    url: 'https://www.stm-beispiel.example/aktuelles/meldungen/index.html',
    items: [
      { title: 'Landesportal mit neuer Suche', link: 'https://www.stm-beispiel.example/aktuelles/meldungen/2025/20251203-landesportal.html', published: winterDay('2025-12-03'), teaser: 'Das Landesportal findet' },
      { title: 'Kommunalgipfel vereinbart gemeinsame IT-Standards', link: 'https://www.stm-beispiel.example/aktuelles/meldungen/2025/20251201-kommunalgipfel.html', published: winterDay('2025-12-01'), teaser: 'Land und kommunale Spitzenverbände' },
      { title: 'Leitlinien für KI in der Landesverwaltung', link: 'https://www.stm-beispiel.example/aktuelles/meldungen/2025/20251125-ki-leitlinien.html', published: winterDay('2025-11-25'), teaser: 'Die Landesregierung hat Regeln' },
    ],
  },
  {
    family: 'Contao (Gemeinde): layout_latest, "Weiterlesen …" with invisible title, <base href>, event list aside',
    file: 'contao-news.html',
    url: 'https://www.beispielstetten.example/neuigkeiten.html',
    items: [
      { title: 'Freies WLAN im Bürgerhaus', link: 'https://www.beispielstetten.example/neuigkeiten/details/wlan-im-buergerhaus.html', published: winterAt('2025-12-02T10:30'), teaser: 'Im Bürgerhaus und in der Gemeindebücherei' },
      { title: 'Gemeinderat tagt künftig im Livestream', link: 'https://www.beispielstetten.example/neuigkeiten/details/gemeinderat-im-livestream.html', published: winterAt('2025-11-25T08:00'), teaser: 'Die öffentlichen Sitzungen' },
      { title: 'Winterdienst: Räumplan online einsehen', link: 'https://www.beispielstetten.example/neuigkeiten/details/winterdienst.html', published: winterAt('2025-11-18T14:15'), teaser: 'Welche Straßen der Bauhof' },
    ],
  },
  {
    family: 'TYPO3 tx_news card grid (Stadt): category badges, "3. Dez. 2025", a second tx_news list of "Termine" below',
    file: 'typo3-news-cards.html',
    url: 'https://www.beispielau.example/rathaus/aktuelles',
    items: [
      { title: 'Stadtwerke und Stadt starten gemeinsames Glasfaserprojekt', link: 'https://www.beispielau.example/rathaus/aktuelles/detail/glasfaserprojekt-stadtwerke', published: winterDay('2025-12-03'), teaser: 'Bis 2028 sollen alle Haushalte' },
      { title: 'Bürgerbüro: Termine nur noch online buchen', link: 'https://www.beispielau.example/rathaus/aktuelles/detail/buergerbuero-termine-online', published: winterDay('2025-11-27'), teaser: 'Wartezeiten sollen kürzer werden' },
      { title: 'Haushalt 2026 eingebracht', link: 'https://www.beispielau.example/rathaus/aktuelles/detail/haushalt-2026-eingebracht', published: winterDay('2025-11-20'), teaser: 'Die Kämmerin hat den Entwurf' },
    ],
  },
  {
    family: 'TYPO3 tx_news list template (Landratsamt): "Pressemitteilung: " for screen readers in the headline, <dl> of Termine aside',
    file: 'typo3-news-classic.html',
    url: 'https://www.lra-beispielgau.example/landratsamt/presse/',
    items: [
      { title: 'Landkreis startet digitale Ausländerbehörde', link: 'https://www.lra-beispielgau.example/landratsamt/presse/detail/news/landkreis-startet-digitale-auslaenderbehoerde/', published: winterDay('2025-12-03'), teaser: 'Aufenthaltstitel können ab sofort' },
      { title: 'Abfallkalender 2026 als App', link: 'https://www.lra-beispielgau.example/landratsamt/presse/detail/news/abfallkalender-2026-als-app/', published: winterDay('2025-11-27'), teaser: 'Die Abfuhrtermine' },
      { title: 'Führerscheinstelle: Umtausch bis Januar', link: 'https://www.lra-beispielgau.example/landratsamt/presse/detail/news/fuehrerscheinstelle-umtausch-bis-januar/', published: winterDay('2025-11-19'), teaser: 'Wer zwischen 1999 und 2001' },
    ],
  },
  {
    family: 'Older Gemeinde site: <dl> with the date in <dt>, headline and teaser in <dd>, inside a layout table',
    file: 'dl-dated-list.html',
    url: 'https://www.beispielbrunn.example/mitteilungen.php',
    items: [
      { title: 'Haushaltssatzung 2026 liegt öffentlich aus', link: 'https://www.beispielbrunn.example/mitteilungen.php?id=318', published: winterDay('2025-12-03'), teaser: 'Der Entwurf der Haushaltssatzung' },
      { title: 'Wasserrohrbruch in der Lindenstraße behoben', link: 'https://www.beispielbrunn.example/mitteilungen.php?id=315', published: winterDay('2025-11-26'), teaser: 'Die Versorgung ist wiederhergestellt' },
      { title: 'Neue Öffnungszeiten der Gemeindeverwaltung', link: 'https://www.beispielbrunn.example/mitteilungen.php?id=311', published: winterDay('2025-11-12'), teaser: 'Ab Dezember ist das Rathaus' },
    ],
  },
  {
    family: 'Plain list (Kreis): a category link before the headline link, "Pressemitteilung vom 03.12.2025: " opening it',
    file: 'category-links-first.html',
    url: 'https://www.kreis-beispiel-ww.example/presse/',
    items: [
      { title: 'Kreisstraße 5 nach Sanierung wieder frei', link: 'https://www.kreis-beispiel-ww.example/presse/2025/pm-201.html', published: winterDay('2025-12-03'), teaser: '' },
      { title: 'Kfz-Zulassung komplett online', link: 'https://www.kreis-beispiel-ww.example/presse/2025/pm-199.html', published: winterDay('2025-12-01'), teaser: '' },
      { title: 'Neuer Fahrplan für den Kreisbus', link: 'https://www.kreis-beispiel-ww.example/presse/2025/pm-196.html', published: winterDay('2025-11-27'), teaser: '' },
      { title: 'Impfsprechstunde im Gesundheitsamt', link: 'https://www.kreis-beispiel-ww.example/presse/2025/pm-193.html', published: winterDay('2025-11-24'), teaser: '' },
    ],
  },
  {
    family: 'GSB 10 (Land ministry): c-teaser with a Dachzeile of date, document type and "Nr. 123/2025"',
    file: 'gsb10-land.html',
    url: 'https://www.digitales.beispielland.example/DE/Presse/Pressemitteilungen/pressemitteilungen_node.html',
    items: [
      { title: 'Digitalbericht 2025: Zwei Drittel der Landesleistungen online', link: 'https://www.digitales.beispielland.example/SharedDocs/Pressemitteilungen/DE/2025/12/pm-123-digitalbericht.html', published: winterDay('2025-12-03'), teaser: 'Das Kabinett hat den Digitalbericht' },
      { title: 'Kommunaler Digitalfonds: 40 Millionen Euro für Städte und Gemeinden', link: 'https://www.digitales.beispielland.example/SharedDocs/Pressemitteilungen/DE/2025/12/pm-121-kommunalfonds.html', published: winterDay('2025-12-01'), teaser: 'Mit dem Fonds fördert das Land' },
      { title: 'Landesrechenzentrum zieht in neues Gebäude', link: 'https://www.digitales.beispielland.example/SharedDocs/Pressemitteilungen/DE/2025/11/pm-118-rechenzentrum.html', published: winterDay('2025-11-26'), teaser: 'Der IT-Dienstleister des Landes' },
    ],
  },
  {
    family: 'GSB 7 (Landesamt): div.teaser with a "Typ: … Datum: …" metadata paragraph above the headline',
    file: 'gsb7-searchresult.html',
    url: 'https://www.statistik.beispielland.example/DE/Presse/Pressemitteilungen/pressemitteilungen_node.html',
    items: [
      { title: 'Zwei Drittel der Unternehmen nutzen Online-Dienste der Verwaltung', link: 'https://www.statistik.beispielland.example/SharedDocs/Pressemitteilungen/DE/2025/12/pm-0312-digitalisierung.html', published: winterDay('2025-12-03'), teaser: 'Der Anteil der Unternehmen' },
      { title: 'Breitbandatlas: 71 Prozent der Haushalte mit Gigabit-Anschluss', link: 'https://www.statistik.beispielland.example/SharedDocs/Pressemitteilungen/DE/2025/11/pm-2811-breitband.html', published: winterDay('2025-11-28'), teaser: 'Besonders in den kreisfreien Städten' },
      { title: 'Einwohnerzahl leicht gestiegen', link: 'https://www.statistik.beispielland.example/SharedDocs/Pressemitteilungen/DE/2025/11/pm-2011-einwohner.html', published: winterDay('2025-11-20'), teaser: 'Zum 30. Juni lebten' },
    ],
  },
  {
    family: 'WordPress + Elementor (association): posts widget, "Weiterlesen »", an events widget with more entries',
    file: 'wordpress-verband.html',
    url: 'https://www.lv-kommunale-it.example/neuigkeiten/',
    items: [
      { title: 'Mitgliederversammlung beschließt gemeinsame Cloud-Strategie', link: 'https://www.lv-kommunale-it.example/2025/12/03/mitgliederversammlung-cloud-strategie/', published: winterDay('2025-12-03'), teaser: 'Die kommunalen IT-Dienstleister' },
      { title: 'Stellungnahme zum Entwurf des Landes-OZG-Folgegesetzes', link: 'https://www.lv-kommunale-it.example/2025/11/26/stellungnahme-ozg-folgegesetz/', published: winterDay('2025-11-26'), teaser: 'Der Verband begrüßt' },
      { title: 'Rückblick: Fachtag Informationssicherheit', link: 'https://www.lv-kommunale-it.example/2025/11/14/rueckblick-fachtag-informationssicherheit/', published: winterDay('2025-11-14'), teaser: 'Rund 180 Teilnehmende' },
    ],
  },
  {
    family: 'Drupal 10 views (Landesamt): node teasers, "Mi., 03.12.2025 - 11:05" beside "Nr. 214/2025"',
    file: 'drupal10-land.html',
    url: 'https://www.landesamt-beispiel.example/presse/pressemitteilungen',
    items: [
      { title: 'Amtliche Geodaten ab Januar frei verfügbar', link: 'https://www.landesamt-beispiel.example/presse/pressemitteilungen/nr-214-2025-geodaten-frei', published: winterAt('2025-12-03T11:05'), teaser: 'Luftbilder, Liegenschaftskarte' },
      { title: 'Vermessungsanträge vollständig digital', link: 'https://www.landesamt-beispiel.example/presse/pressemitteilungen/nr-211-2025-vermessung-digital', published: winterAt('2025-11-27T09:30'), teaser: 'Öffentlich bestellte' },
      { title: 'Grundsteuer: Bodenrichtwerte im Portal abrufbar', link: 'https://www.landesamt-beispiel.example/presse/pressemitteilungen/nr-207-2025-grundsteuer', published: winterAt('2025-11-21T14:00'), teaser: 'Die Gutachterausschüsse' },
    ],
  },
  {
    family: 'Joomla 5 category blog (Ortsgemeinde): leading and intro articles in two containers, "Neueste Beiträge" aside',
    file: 'joomla5-blog.html',
    url: 'https://www.og-beispielhausen.example/aktuelles',
    items: [
      { title: 'Dorfgemeinschaftshaus wiedereröffnet', link: 'https://www.og-beispielhausen.example/aktuelles/58-dorfgemeinschaftshaus-wiedereroeffnet', published: winterAt('2025-12-02T17:30'), teaser: 'Nach einem Jahr Bauzeit' },
      { title: 'Glasfaser: Hausanschlüsse bis Februar', link: 'https://www.og-beispielhausen.example/aktuelles/57-glasfaser-hausanschluesse', published: winterAt('2025-11-26T09:00'), teaser: 'Der Netzbetreiber schließt' },
      { title: 'Einladung zur Ratssitzung im Dezember', link: 'https://www.og-beispielhausen.example/aktuelles/55-ratssitzung-dezember', published: winterAt('2025-11-20T12:00'), teaser: 'Der Ortsgemeinderat tritt' },
    ],
  },
  {
    family: 'ASP.NET page (IT service provider): the whole page one <form>, a Cookiebot dialog with a table of linked cookies',
    file: 'aspnet-form-page.html',
    url: 'https://www.krz-beispiel.example/aktuelles/meldungen',
    items: [
      { title: 'Neues Bürgerkonto für alle Verbandsmitglieder', link: 'https://www.krz-beispiel.example/aktuelles/meldungen/2025/neues-buergerkonto', published: winterDay('2025-12-03'), teaser: 'Die Kommunen im Verbandsgebiet' },
      { title: 'Rechenzentrum erneut nach ISO 27001 zertifiziert', link: 'https://www.krz-beispiel.example/aktuelles/meldungen/2025/informationssicherheit-zertifikat', published: winterDay('2025-11-26'), teaser: 'Die Prüfer bestätigen' },
      { title: 'Endgeräte für 40 weitere Schulen ausgeliefert', link: 'https://www.krz-beispiel.example/aktuelles/meldungen/2025/schulen-endgeraete', published: winterDay('2025-11-18'), teaser: 'Im Auftrag der Schulträger' },
    ],
  },
  {
    family: 'News beside a longer "Termine" list of the same shape (Gemeinde): the news win',
    file: 'news-and-events.html',
    url: 'https://www.beispieltal.example/aktuelles-termine/',
    items: [
      { title: 'Wasserversorgung: Digitale Zähler werden eingebaut', link: 'https://www.beispieltal.example/aktuelles/wasserversorgung-digitale-zaehler/', published: winterDay('2025-12-02'), teaser: 'Die Gemeindewerke tauschen' },
      { title: 'Hundesteuer kann online angemeldet werden', link: 'https://www.beispieltal.example/aktuelles/hundesteuer-online/', published: winterDay('2025-11-27'), teaser: 'Neue Hunde lassen sich' },
      { title: 'Baugebiet Sonnenhang: Vergabe der Bauplätze beginnt', link: 'https://www.beispieltal.example/aktuelles/baugebiet-sonnenhang/', published: winterDay('2025-11-19'), teaser: 'Interessierte können sich' },
    ],
  },
];
