/**
 * The kinds of errors the tagger had on unseen teasers, one rule each, with sentences that are
 * not in the labelled sets.
 */
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../lib/tag/builtin';
import { applyUserTags, editUserTags } from '../../lib/tag/user-tags';

const tagger = createTagger();
const tag = (title: string, summary = '', sourceLand?: string) => tagger.tag({ title, summary, sourceLand });
const names = (x: { places: { name: string }[] }) => x.places.map((p) => p.name);

describe('demonyms and adjectives', () => {
  it.each([
    ['Kölner Ordnungsamt verschickt Bescheide digital', 'NW', 'Köln'],
    ['Dresdner Stadtrat vertagt Haushalt', 'SN', 'Dresden'],
    ['Münchner Rathaus testet Sprachassistenten', 'BY', 'München'],
    ['Münsteraner Verwaltung führt Chat ein', 'NW', 'Münster'],
    ['Darmstädter Stadtwerke verlegen Glasfaser', 'HE', 'Darmstadt'],
    ['Essener Schulen bekommen WLAN', 'NW', 'Essen'],
    ['Karlsruher Verwaltung digitalisiert Bauakten', 'BW', 'Karlsruhe'],
  ])('%s → %s, %s', (title, land, place) => {
    const r = tag(title);
    expect(r.regions).toEqual([land]);
    expect(names(r)).toEqual([place]);
    expect(r.evidence.regions[land as 'NW']![0]).toBe(title.split(' ')[0]);
  });

  it('reads Land adjectives, abbreviations and "Saar-" as the Land', () => {
    expect(tag('Saar-Kommunen starten gemeinsames Portal').regions).toEqual(['SL']);
    expect(tag('Niedersächsische Landkreise fordern Hilfe').regions).toEqual(['NI']);
    expect(tag('M-V: Ämter erhalten Laptops').regions).toEqual(['MV']);
    expect(tag('BaWü startet Förderaufruf').regions).toEqual(['BW']);
  });

  it('does not read newspapers, company seats, words and first names as places', () => {
    expect(tag('Stuttgarter Zeitung: Verwaltung zu langsam').places).toEqual([]);
    expect(tag('Berliner Start-up entwickelt Formularlösung', 'Das Unternehmen bietet Kommunen Formulare an.').regions).toEqual([]);
    expect(tag('Neuer Hammer für die Haushaltssperre').places).toEqual([]);
    expect(tag('Lager Räumung im Bauhof', 'Werner Schulz leitet das Projekt.').places).toEqual([]);
  });
});

describe('organisations and offices that imply a Land', () => {
  it.each([
    ['ekom21 stellt neues Portal vor', 'HE'],
    ['Komm.ONE erweitert Rechenzentrum', 'BW'],
    ['AKDB bringt neue Version des Meldeverfahrens', 'BY'],
    ['ITEOS übernimmt Schul-IT', 'BW'],
    ['KDN beschließt Rahmenvertrag', 'NW'],
    ['regio iT baut Cloud aus', 'NW'],
    ['Zweckverband eGo-MV wählt Vorsitzenden', 'MV'],
    ['KISA betreut weitere Gemeinden', 'SN'],
    ['ITV.SH startet Beratung', 'SH'],
    ['Senatsverwaltung für Inneres plant Reform', 'BE'],
    ['Bezirksregierung Detmold bewilligt Mittel', 'NW'],
  ])('%s → %s', (title, land) => {
    const r = tag(title);
    expect(r.regions).toEqual([land]);
    expect(r.places).toEqual([]);
  });

  it('gives no Land for Dataport, which serves several Länder', () => {
    expect(tag('Dataport erweitert Rechenzentrum').regions).toEqual([]);
  });

  it('takes the seat after an organisation for part of its name', () => {
    const r = tag('Cloud-Plattform startet', 'Betreiber ist der Dienstleister krz in Lemgo.');
    expect(r.regions).toEqual(['NW']);
    expect(r.places).toEqual([]);
  });
});

describe('federal signals', () => {
  it('reads Bund, FITKO, IT-Planungsrat and "bundesweit" as DE, with their words as evidence', () => {
    const r = tag('IT-Planungsrat beschließt Standard für Schnittstellen');
    expect(r.regions).toEqual(['DE']);
    expect(r.evidence.regions.DE).toEqual(['IT-Planungsrat']);
    expect(tag('FITKO veröffentlicht Jahresbericht').regions).toEqual(['DE']);
    expect(tag('Bundesweite Umfrage unter Bürgermeistern').regions).toEqual(['DE']);
  });

  it('does not read "bundesweit erste" about one town as nationwide', () => {
    expect(tag('Bundesweit erste Gemeinde mit digitalem Standesamt', 'Die Gemeinde Ottobrunn hat das Standesamt digitalisiert.').regions).toEqual(['BY']);
  });
});

describe('venues and institutions', () => {
  it('does not count the city of an award ceremony or a meeting', () => {
    const r = tag('Landkreis Emsland erhält Preis', 'Der Landrat hat in Berlin den Preis für digitale Verwaltung entgegengenommen.');
    expect(r.regions).toEqual(['NI']);
    expect(names(r)).toEqual(['Landkreis Emsland']);
  });

  it('does not count a university city in an item about another town', () => {
    const r = tag('Gütersloh erprobt Sensoren', 'Die Stadt arbeitet dabei mit der TU Dortmund zusammen.');
    expect(names(r)).toEqual(['Gütersloh']);
  });
});

describe('the source Land', () => {
  it('fills in "im Land" and "die Landesregierung" when the text names no Land', () => {
    const r = tag('Landesregierung beschließt Digitalgesetz', 'Kommunen im Land sollen Onlinedienste des Bundes nutzen.', 'TH');
    expect(r.regions).toContain('TH');
    expect(r.evidence.regions.TH).toEqual(['@source', 'Landesregierung']);
  });

  it('is not added when the text names another Land', () => {
    expect(tag('Bayerns Landesregierung beschließt Digitalgesetz', '', 'TH').regions).toEqual(['BY']);
  });
});

describe('names shared by several Gemeinden', () => {
  it('are marked ambiguous and give no Land when nothing tells which one', () => {
    const r = tag('Neuenkirchen führt digitale Müllabfuhr-Termine ein');
    expect(r.regions).toEqual([]);
    expect(r.places).toHaveLength(1);
    expect(r.places[0]!.ambiguous).toBe(true);
  });

  it('resolve by the Kreis, the Land or the source named', () => {
    expect(tag('Neuenkirchen führt Dorf-App ein', 'Die Gemeinde im Kreis Steinfurt startet eine App.').regions).toEqual(['NW']);
    expect(tag('Neustadt: Ratsinfo online', 'Die Stadt in Holstein stellt Unterlagen online.').places[0]!.ambiguous).toBe(true);
    const bySource = tag('Neustadt: Ratsinfo online', '', 'SN');
    expect(bySource.places[0]!.land).toBe('SN');
    expect(bySource.places[0]!.ambiguous).toBeUndefined();
  });

  it('still resolve by size when one is much larger (Frankfurt, Halle)', () => {
    expect(tag('Frankfurt: Neue Bürgerämter').regions).toEqual(['HE']);
  });
});

describe('word senses in themes', () => {
  it('reads IT migrations as IT infrastructure, migration of people as social affairs', () => {
    expect(tag('Migration der Mailserver abgeschlossen', 'Die Stadtverwaltung hat alle Postfächer umgezogen.').themes[0]).toBe('it-infrastruktur');
    expect(tag('Migration auf SAP verzögert sich').themes).toEqual(['it-infrastruktur']);
    expect(tag('Migration und Integration: Beratung für Geflüchtete').themes).toContain('soziales-migration');
    expect(tag('Migration der E-Mail-Systeme').themes).not.toContain('soziales-migration');
  });

  it('reads a Netzwerk of people as cooperation, an office network as IT infrastructure', () => {
    expect(tag('Netzwerk der Digitallotsinnen trifft sich', 'Die Mitglieder tauschen Erfahrungen aus.').themes).toContain('kooperation-strategie');
    expect(tag('Rathaus erhält neues Netzwerk', 'Switches und Verkabelung werden erneuert.').themes[0]).toBe('it-infrastruktur');
  });

  it('reads "KI" as a word only, with the word as evidence', () => {
    const r = tag('KI-Assistent hilft im Bürgerbüro');
    expect(r.themes).toContain('ki');
    expect(r.evidence.themes.ki).toEqual(['KI-Assistent']);
    expect(tag('Kiel: Kitas melden freie Plätze online').themes).not.toContain('ki');
  });
});

describe("the user's corrections", () => {
  it('are laid over new tags: removed stay away, added stay on', () => {
    let u = editUserTags(undefined, { facet: 'themes', value: 'soziales-migration', action: 'remove' });
    u = editUserTags(u, { facet: 'regions', value: 'HE', action: 'add' });
    expect(applyUserTags({ regions: ['DE'], themes: ['soziales-migration', 'ki'] }, u)).toEqual({ regions: ['DE', 'HE'], themes: ['ki'] });
    expect(editUserTags(editUserTags(undefined, { facet: 'regions', value: 'HE', action: 'add' }), { facet: 'regions', value: 'HE', action: 'remove' }))
      .toEqual({ added: { regions: [], themes: [] }, removed: { regions: ['HE'], themes: [] } });
  });
});

describe('long and hostile text', () => {
  it('answers within 2 s for 200,000 characters of demonyms, organisations, venues and sense words', () => {
    const chunk = 'Kölner Stadtrat und ekom21 haben in Berlin den Preis erhalten, Migration im Netzwerk, Neustadt, Landesregierung. ';
    const teaser = chunk.repeat(Math.ceil(200_000 / chunk.length));
    const t0 = performance.now();
    const r = tagger.tag({ title: 'Kölner Kölner Kölner: ' + 'KI-'.repeat(2_000), summary: teaser, sourceLand: 'NW' });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(r.regions).toContain('NW');
    expect(r.evidence.themes.ki?.length ?? 0).toBeLessThanOrEqual(4);
  });
});
