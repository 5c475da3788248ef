/** Table tests for the hard cases the taxonomy names, and the conventions for regions. */
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../lib/tag/builtin';
import { placeKey } from '../../lib/tag/score';

const tagger = createTagger();
const tag = (title: string, summary = '', sourceLand?: string) => tagger.tag({ title, summary, sourceLand });
const keys = (title: string, summary = '') => [...new Set(tag(title, summary).places.map((p) => placeKey(p.name)))].sort();

describe('names shared by many municipalities', () => {
  it.each([
    ['Neustadt bei Coburg: Förderbescheid für Glasfaser', '', 'BY'],
    ['Neustadt am Rübenberge: Gremienarbeit digital', '', 'NI'],
    ['Neustadt (Hessen): Glasfaser für alle Ortsteile', '', 'HE'],
    ['Neustadt an der Orla: Wohngeldberatung per Video', '', 'TH'],
    ['Neustadt in Sachsen: Tablets für Schulen', '', 'SN'],
    ['Neustadt: Neue Bürger-App', 'Die Stadt Neustadt an der Donau im Landkreis Kelheim hat eine App veröffentlicht.', 'BY'],
  ])('%s → %s', (title, summary, land) => expect(tag(title, summary).regions).toEqual([land]));

  it('Neuenkirchen takes the Land named in the text', () => {
    expect(tag('Neuenkirchen: Rathaus digital', 'Die Gemeinde im Kreis Steinfurt in Nordrhein-Westfalen …').places[0]!.land).toBe('NW');
    expect(tag('Neuenkirchen: Rathaus digital', 'Die niedersächsische Gemeinde …').places[0]!.land).toBe('NI');
  });

  it('uses the source Land before population', () => {
    expect(tag('Frankfurt: Gebühren online bezahlen', '', 'BB').places[0]!.ags).toBe('12053000');
    expect(tag('Frankfurt: Gebühren online bezahlen').places[0]!.ags).toBe('06412000');
  });
});

describe('town names that are also ordinary words', () => {
  it.each([
    ['Essen: Stadt führt digitale Schulanmeldung ein', '', ['essen']],
    ['Stadt verliert E-Mails nach Serverausfall', 'Ein defekter Speicher im Rechenzentrum der Stadtverwaltung Zwickau ist schuld.', ['zwickau']],
    ['NRW: Schulen bestellen Essen künftig digital', 'Schulträger können das Essen für den Ganztag online bestellen.', []],
    ['Stelle: Gemeinde führt Online-Terminvergabe ein', 'Die Gemeinde Stelle im Landkreis Harburg bietet Termine an.', ['harburg', 'stelle']],
    ['Niedersachsen: Neue Stelle für Informationssicherheit', 'An zentraler Stelle bündelt das Land die Beratung.', []],
    ['Sinn: Gemeinde digitalisiert Friedhofsverwaltung', '', ['sinn']],
    ['Hessen: Landkreise fordern Standards', 'Es mache wenig Sinn, wenn jede Kommune eigene Schnittstellen baue.', []],
    ['Lage: Stadtwerke bauen Glasfaser aus', 'In Lage im Kreis Lippe verlegen die Stadtwerke Glasfaser.', ['lage', 'lippe']],
    ['NRW: Lagebild Cybersicherheit', 'Die Lage bleibt angespannt, teilte das Ministerium mit.', []],
    ['Rain: Stadt setzt auf digitale Ratsarbeit', '', ['rain']],
    ['Hessen: Warn-App bei Starkregen', 'Bei starkem Regen warnt eine App vor Überflutungen.', []],
    ['Regen: Landkreis führt digitale Zulassung ein', 'Im Landkreis Regen können Fahrzeuge online zugelassen werden.', ['regen']],
    ['Heide: Stadt startet Bürger-App', 'Die Stadt Heide in Dithmarschen hat eine App veröffentlicht.', ['dithmarschen', 'heide']],
    ['Niedersachsen: Glasfaser für die Lüneburger Heide', 'Drei Landkreise in der Heide bündeln den Ausbau.', []],
    ['Weil am Rhein: Verkehrsdaten teilen', '', ['weil am rhein']],
    ['Sachsen: E-Rechnung verschoben', 'Weil viele Lieferanten nicht vorbereitet sind, verschieben Kommunen die Pflicht.', []],
    ['Hannover: Digitalgipfel', 'Ministerpräsident Stephan Weil hat eine Offensive angekündigt.', ['hannover']],
    ['Bayern: Leitfaden als Buch', 'Das Innenministerium hat den Leitfaden als Buch veröffentlicht.', []],
    ['Thüringen: Sensoren schützen den Wald', 'Im Thüringer Wald erkennen Sensoren Rauch.', []],
    ['Hamm: Digitale Gewerbeanmeldung', 'Gewerbetreibende in Hamm können ihr Gewerbe online anmelden.', ['hamm']],
    ['Senden: Gemeinde bietet Videoberatung', 'Die Gemeinde Senden im Kreis Coesfeld erweitert ihr Bürgerbüro.', ['coesfeld', 'senden']],
    ['Bielefeld: Neuer Mängelmelder', 'Bürgerinnen und Bürger können Schäden melden und Fotos senden.', ['bielefeld']],
  ])('%s', (title, summary, want) => expect(keys(title, summary)).toEqual(want));

  it('Senden takes the Kreis named next to it', () => {
    expect(tag('Senden: Videoberatung', 'Die Gemeinde Senden im Kreis Coesfeld …').places.find((p) => p.name === 'Senden')!.land).toBe('NW');
    expect(tag('Senden: Videoberatung', 'Die Stadt Senden im Landkreis Neu-Ulm …').places.find((p) => p.name === 'Senden')!.land).toBe('BY');
  });
});

describe('several places in a kicker, prefixes and lists', () => {
  it('Diez/Kaisersesch/Montabaur/Weißenthurm', () => {
    const r = tag('Diez/Kaisersesch/Montabaur/Weißenthurm: Kooperation im Prozessmanagement', 'Gemeinsam wollen die Verbandsgemeinden Diez, Kaisersesch, Montabaur und Weißenthurm ihre Prozesse gestalten.');
    expect(r.places.map((p) => p.name)).toEqual(['Diez', 'Kaisersesch', 'Montabaur', 'Weißenthurm']);
    expect(r.regions).toEqual(['RP']);
  });

  it.each([
    ['Region Hannover: Digitale Ausländerbehörde', '', ['Region Hannover']],
    ['Kreis Lippe: Digitale Bildungsregion', '', ['Kreis Lippe']],
    ['Landratsamt Gotha: Bauanträge digital', '', ['Landkreis Gotha']],
    ['Rhein-Sieg-Kreis: Ausweis online beantragen', '', ['Rhein-Sieg-Kreis']],
    ['Kreis Steinfurt/Kreis Borken: Gemeinsamer Beauftragter', 'Die Kreise Steinfurt und Borken teilen sich einen Beauftragten.', ['Kreis Steinfurt', 'Kreis Borken']],
    ['Nürnbergs Bürgerämter: Termine per App', '', ['Nürnberg']],
    ['LK Rostock: Kfz-Zulassung per Video', '', ['Landkreis Rostock']],
    ['Kreistag des Rhein-Sieg-Kreises beschließt den Haushalt', '', ['Rhein-Sieg-Kreis']],
    ['Die Verwaltung des Bodenseekreises zieht um', '', ['Bodenseekreis']],
  ])('%s', (title, summary, names) => expect(tag(title, summary).places.map((p) => p.name)).toEqual(names));
});

describe('institutions and venues', () => {
  it.each([
    ['Baden-Württemberg: Leitfaden für Bürgerkommunikation', 'Ein Projekt der Dualen Hochschule Stuttgart soll Verwaltungen helfen.', ['BW'], []],
    ['TU München: Studie zu Online-Diensten', 'Forschende der TU München haben untersucht, wie Bürger in Deutschland Online-Dienste nutzen.', ['DE'], []],
    ['Münster: KI mit der RWTH Aachen', 'Die Stadt Münster prüft mit der RWTH Aachen den Einsatz von KI.', ['NW'], ['münster']],
    ['Universität Potsdam: Studie', 'Forschende der Universität Potsdam untersuchten brandenburgische Kommunen.', ['BB'], []],
    ['Kreis Warendorf: Förderbescheid für Glasfaser', 'Den Förderbescheid nahm der Landrat bei einem Termin in Berlin entgegen.', ['NW'], ['warendorf']],
    ['IT-Planungsrat: Beschlüsse zur Registermodernisierung', 'Auf seiner Sitzung in Hamburg hat der IT-Planungsrat Eckpunkte beschlossen.', ['DE'], []],
    ['Smart Country Convention: Kommunen zeigen KI', 'Auf der Smart Country Convention in Berlin präsentierten Städte aus ganz Deutschland ihre Projekte.', ['DE'], []],
    ['Staatsminister eröffnet BayernLab', 'In Wunsiedel hat das Ministerium ein weiteres BayernLab eröffnet.', ['BY'], ['wunsiedel']],
    ['Die Verwaltung im Wandel', 'Beim Kommunalkongress des Deutschen Städte- und Gemeindebundes in Berlin ging es um KI.', ['DE'], []],
    ['Lecos übernimmt IT-Betrieb für Gemeinden im Leipziger Land', '', ['SN'], []],
    ['Kommunen im Münchner Umland bauen Glasfaser', '', ['BY'], []],
    ['Glasfaser für die Berliner Straße', 'Die Stadt Kassel baut das Netz in der Innenstadt aus.', ['HE'], ['kassel']],
    ['Bürgeramt zieht in die Leipziger Straße', 'Die Stadt Halle (Saale) mietet dafür ein Bürohaus.', ['ST'], ['halle']],
    ['Der Münchner Merkur berichtet über Würzburg', '', ['BY'], ['würzburg']],
    ['Bürgerbüro im Stadtteil Schwanheim schließt', 'Die Stadt Frankfurt am Main spart.', ['HE'], ['frankfurt am main']],
    ['Ortsbeirat Höchst fordert WLAN', 'Die Stadt Frankfurt am Main prüft die Kosten.', ['HE'], ['frankfurt am main']],
    ['Glasfaser für Frankfurt-Höchst', '', ['HE'], ['frankfurt']],
    ['Hamburg-Harburg: Neues Kundenzentrum', '', ['HH'], ['hamburg']],
    ['Neue App für die Abfalltermine', 'Ein Softwarehaus aus Paderborn liefert die App, die Stadt Trier setzt sie ein.', ['RP'], ['trier']],
    ['Plattform für Kommunen in Bayern', 'Das Unternehmen mit Sitz in Dresden entwickelt sie.', ['BY'], []],
    ['Bezirksamt Hamburg-Nord testet Chatbot', '', ['HH'], ['hamburg']],
    ['Landkreis Görlitz stellt KI-Projekt in Berlin vor', '', ['SN'], ['görlitz']],
    ['Landkreis Harburg baut in Buchholz eine Ladestation', '', ['NI'], ['buchholz', 'harburg']],
    ['IT-Planungsrat beschließt Strategie', 'Bund und Länder wollen sich enger abstimmen, beschloss der IT-Planungsrat in Berlin.', ['DE'], []],
    ['Open-Data-Gesetz beschlossen', 'Das Kabinett in Stuttgart hat ein Gesetz über offene Daten beschlossen.', ['BW'], []],
    ['Landtag in Düsseldorf berät über Förderung für Essen', '', ['NW'], ['essen']],
  ])('%s', (title, summary, regions, places) => {
    const r = tag(title, summary);
    expect(r.regions).toEqual(regions);
    expect(r.places.map((p) => placeKey(p.name)).sort()).toEqual(places);
  });
});

describe('regions: Länder, abbreviations, adjectives, federal, vendors', () => {
  it.each([
    ['Bayern, Schleswig-Holstein und Hessen warnen vor Phishing', '', ['BY', 'SH', 'HE']],
    ['RLP: Kommunen erhalten Zugang zum Chatbot', '', ['RP']],
    ['NRW-Kommunen setzen auf KI', '', ['NW']],
    ['BaWü: Digitalakademie startet', '', ['BW']],
    ['M-V: Land unterstützt Kommunen', '', ['MV']],
    ['Ba-Wü: Kommunen fordern Geld', '', ['BW']],
    ['Ostwestfälische Kommunen gründen Datenverbund', '', ['NW']],
    ['Im Ländle startet ein Förderprogramm', '', ['BW']],
    ['LSA: Neue Förderrichtlinie', '', ['ST']],
    ['Hessen: Projekt wächst', 'Das hessische Digitallotsen-Projekt wird fortgeführt.', ['HE']],
    ['Kommunalwahl: Benachrichtigung per E-Mail', 'Mehrere niedersächsische Städte verschicken Benachrichtigungen per E-Mail.', ['NI']],
    ['Bremer Senat: Mehr Geld für Schul-IT', '', ['HB']],
    ['Bayern: Ein Jahr Zukunftskommission', 'Lösungen für sicherere IT in Bayerns Kommunen.', ['BY']],
    ['FITKO: OZG-Erfahrungsaustausch 2023', 'Auf dem Erfahrungsaustausch diskutierten die Teilnehmenden.', ['DE']],
    ['Bundesrat: Grünes Licht für digitale Kfz-Zulassung', '', ['DE']],
    ['Was die NIS-2-Richtlinie für Stadtwerke bedeutet', 'Kommunale Unternehmen müssen nach der europäischen Richtlinie mehr für ihre Sicherheit tun.', ['DE']],
    ['EU fördert Glasfaser in Leipzig', '', ['SN']],
    ['Difu-Befragung: Kommunalfinanzen beherrschendes Thema', 'Kommunale Finanzen sind das drängendste Thema der Stadtspitzen.', ['DE']],
    ['Polyteia: Wege für den Datenschutz', 'Das Projekt ATLAS will zeigen, wie Datenschutztechnologien helfen.', []],
    ['cit: Formularlösung mit KI', 'Der Hersteller hat seine Formularplattform erweitert.', []],
    ['Uckermark: Mobilfunklücken geschlossen', 'Im Landkreis Uckermark wurden Masten über das Förderprogramm des Bundes finanziert.', ['BB']],
    ['Ruhrgebiet: Städte starten Open-Data-Plattform', '', ['NW']],
  ])('%s → %s', (title, summary, regions) => expect(tag(title, summary).regions).toEqual(regions));

  it('uses the source Land only when the text names no region', () => {
    expect(tag('Neue Förderrichtlinie für Schulen', 'Schulträger können Mittel beantragen.', 'SN').regions).toEqual(['SN']);
    expect(tag('Kassel: Neue Website', '', 'SN').regions).toEqual(['HE']);
    expect(tag('Bund: OZG-Änderungsgesetz in Kraft', '', 'SN').regions).toEqual(['DE']);
    expect(tag('Neue Website', '', 'XX').regions).toEqual([]);
  });

  it('names Berlin, Hamburg and Bremen as places and Länder', () => {
    expect(tag('Berlin: Beihilfe ohne Medienbrüche').places).toEqual([{ name: 'Berlin', ags: '11000000', land: 'BE' }]);
    expect(tag('Hamburg und Schleswig-Holstein: Gemeinsam digital').regions).toEqual(['HH', 'SH']);
  });
});
