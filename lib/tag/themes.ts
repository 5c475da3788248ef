/**
 * The seventeen themes as data: German stems and compounds with weights (pattern syntax in
 * keyword-engine.ts: "|" marks a word start or end, otherwise a stem also matches inside
 * compounds). Strong, unambiguous terms weigh 3, typical terms 2–2.5, hints 1–1.5.
 */

export interface ThemeDef {
  /** The theme's id; its German and English labels are in lib/labels.ts. */
  id: string;
  /** "pattern:weight" separated by commas. */
  keywords: string;
}

export const THEMES: readonly ThemeDef[] = [
  {
    id: 'ozg-onlinedienste',
    keywords: `onlinezugangsgesetz:3, |ozg:3, onlineantr:3, onlinedienst:3, onlineleistung:3, onlinezugang:2.5,
      onlineservice:2, onlineverfahren:2.5, onlineformular:2, onlinebeantrag:2.5, online beantrag:2.5, online zu beantragen:2.5, egovernmentgesetz:2.5,
      digital beantrag:2.5, digitale antr:2.5, digitaler antr:2.5, digitalen antr:2.5, anträge digital:2.5, antrag:1,
      |efa|:3, |efa:2, einer für alle:3, bundid:3, servicekonto:3, nutzerkonto:2.5, unternehmenskonto:2.5, serviceportal:2.5,
      verwaltungsportal:2.5, bürgerportal:2, portalverbund:2.5, epayment:2.5, epaybl:3, bezahlfunktion:1.5, endezuende:2,
      medienbruch:1.5, |fim|:1.5, antragsassistent:2.5, antragsstrecke:2.5, ikfz:2.5, bauantr:2, baugenehmigung:1.5, verwaltungsleistung:2,
      leistungen online:2, online verfügbar:2, onceonly:2, once only:2, digitale dienst:1.5, digitalen dienst:1.5,
      elektronisch beantrag:2, |eid:1, onlineausweis:2, onlinebeteiligung:-1,
      online zugelassen:3, online zulassen:3, digital zugelassen:3, digitale kfzzulassung:3, online bezahl:2.5, online zu bezahlen:2.5, online anmelden:2.5, online abmelden:2, online eingereicht:2.5, digital eingereicht:2.5, online einreichen:2.5, digital einreichen:2.5, online gestellt:2.5, digital gestellt:2.5, onlineanmeldung:2.5, onlineportal:2.5, gewerbeanmeldung:1.5, formular:1.5, |online|:1`,
  },
  {
    id: 'buergerservice',
    keywords: `bürgeramt:3, bürgerämt:3, bürgerbüro:3, bürgerservice:3, bürgerdienst:2, servicecenter:2, servicepoint:2.5,
      servicestelle:1.5, |termin:1.5, terminvereinbarung:2, terminbuchung:2.5, terminvergabe:2.5, wartezeit:2,
      |115|:2.5, behördennummer:3, abholstation:3, abholterminal:3, abholfach:3, ausweisdokument:2.5, personalausweis:2.5,
      reisepass:2.5, reisepäss:2.5, |ausweis:1.5, videoberatung:2.5, videokabine:3, videoschalter:3, videoterminal:3,
      kfzzulassung:1.5, zulassungsstelle:2.5, meldebehörde:2.5, einwohnermeldeamt:3, meldeamt:2.5, standesamt:2,
      öffnungszeit:2, selbstbedienungsterminal:2.5, kundencenter:2, kundenzentrum:2, bürgertelefon:2.5, bürgerkoffer:3,
      behördengang:2.5, behördengäng:2.5, dienstleistungszentrum:2, serviceangebot:1.5, schalter:1, bürgernah:1,
      standesämt:2, beurkundung:2, dolmetsch:2, bürgerbüros:0, telefonassistent:2,
      service point:2.5, selfservice:2`,
  },
  {
    id: 'digitale-teilhabe',
    keywords: `digitale teilhabe:3, teilhabe:1.5, senior:2.5, ältere menschen:2.5, älteren menschen:2.5, älterer menschen:2.5,
      digitallotse:3, lotsen:2, digitalbotschafter:3, digitalpat:3, digitalhelfer:3, bürgerpc:3, digitale kompetenz:2.5,
      digitalkompetenz:2.5, digitalen kompetenz:2.5, medienkompetenz:2, barrierefrei:2.5, leichte sprache:2.5, leichter sprache:2.5,
      digitalcafé:3, digitalcafe:3, internetcafé:2, smartphonekurs:3, smartphone sprechstunde:3, digitalsprechstunde:3,
      digitalpakt alter:3, digitalen welt:1.5, mehrgenerationenh:1.5, digitale spaltung:3, ehrenamtlich:1, digitalambulanz:2.5,
      stützpunkt:1.5, zugang zur digitalen:2, selbstbedienungsrechner:2, öffentliche pc:2, öffentlich zugängliche:1.5,
      digitaltreff:3, generation:1`,
  },
  {
    id: 'verwaltungsmodernisierung',
    keywords: `|eakte:3, elektronische akte:3, elektronischen akte:3, digitale akte:2.5, aktenführung:2, dokumentenmanagement:3,
      |dms|:2.5, prozessmanagement:3, prozessregister:2.5, prozessdigitalisierung:3, prozesse:1.5, prozessen:1.5, workflow:2.5,
      registermodernisierung:3, |register:1, bürokratieabbau:2, bürokratie:1.5, entbürokratisierung:2, ratsinformationssystem:3,
      gremieninformation:2.5, sitzungsdienst:2.5, sitzungsmanagement:2.5, digitale ratsarbeit:3, ratsarbeit:2,
      gremienarbeit:2, verwaltungsmodernisierung:3, modernisierung:1.5, verwaltungsdigitalisierung:1, digitalisierung der verwaltung:1,
      erechnung:2.5, xrechnung:2.5, lowcode:2, automatisierung:2, automatisiert:1.5, |rpa|:2.5, fachverfahren:2,
      wissensmanagement:2, wissensdokumentation:2.5, elektronische signatur:2, posteingang:2, papierlos:2.5, digitale verwaltung:1,
      verwaltungsreform:2.5, vollständig digital:2, aufgabenkritik:1.5, standardisierung:1, xplanung:2, |xbau:2, arbeitsabläufe:1.5, abläufe:1,
      digitalisiert:1, scannen:1.5, scanstelle:2.5, archivierung:1.5, verwaltungsabläufe:2, effizienter:1,
      akte|:2, akten|:2, fakten:-2, gescannt:1.5, verwaltungssoftware:2, fachsoftware:2, software:0.5, einheitliche arbeitsplätze:2, einheitliche it:2`,
  },
  {
    id: 'it-sicherheit',
    keywords: `itsicherheit:3, informationssicherheit:3, cybersicherheit:3, |cyber:2.5, hackerangriff:3, hacker:2.5,
      angriff:1.5, ransomware:3, schadsoftware:3, trojaner:2.5, phishing:2.5, itnotfall:3, itnotfäll:3, notfall:1,
      ausfall:1.5, ausfäll:1.5, stromausfall:2.5, stromausfäll:2.5, blackout:2.5, krisenkommunikation:3, |krise:1.5, |warnt|:-1.5, |warnte|:-1.5, |warnen|:-1.5,
      krisenstab:2.5, krisenfest:2.5, katastrophenschutz:3, bevölkerungsschutz:3, warnung:2, |warn:1.5, warnapp:3,
      |nina|:2.5, cell broadcast:3, sirene:2.5, |bsi|:2, grundschutz:3, |isms|:3, sicherheitsvorfall:3, sicherheitslücke:3,
      resilien:2, |ddos:3, datenleck:2.5, lösegeld:2, |cert|:2, sicherheit:1, sicherere it:2.5, sichere it:2.5, sicherer it:2.5,
      cyberangriff:1, notstrom:2.5, störung:2, |lahm:2.5, ausgefallen:2, hochwasser:1.5, evakuierung:2, leitstelle:2, cyberabwehr:2, angreifer:2.5,
      verschlüsselt:1, schutz kritischer:2, kritische infrastruktur:2, |kritis|:2.5,
      notbetrieb:2.5, ausfallsicher:2, waldbrand:2.5, bränden|:2, brandschutz:2, feuerwehr:2, alarmier:2, rettungsleitstelle:2.5, einsatzleit:2.5, verschlüsselte:2, sichere kommunikation:2.5,
      itsecurity:3, it security:3, firewall:2.5, pentest:2.5, penetrationstest:2.5, |backup:1.5, zero trust:3, zerotrust:3`,
  },
  {
    id: 'daten',
    keywords: `|daten|:1.5, datenschutz:3, dsgvo:3, open data:3, opendata:3, offene daten:3, offenen daten:3, geodaten:3,
      geoinformation:2.5, |gis|:2.5, geoportal:2.5, dashboard:2.5, datenplattform:3, datenstrategie:3, datenkompetenz:2,
      datennutzung:2.5, nutzung kommunaler daten:2, datengetrieben:2.5, datenbasiert:2.5, datenaustausch:2, datenraum:2.5,
      datenmanagement:2.5, digitaler zwilling:2, digitalen zwilling:2, statistik:1.5, datenanalyse:2.5, datensouverän:2.5,
      datenbank:0.5, datenschutztechnolog:1, datensätze:2.5, datensatz:2.5, transparenzportal:2.5, transparenzgesetz:2.5,
      informationsfreiheit:2.5, datenqualität:2.5, datenportal:3, auswertung:1, visualisier:1.5, kartendienst:2, |daten:1,
      daten|:1.5, kandidaten:-1.5, soldaten:-1.5, stadtplan:2, |karte|:1, karten|:0.5, zensus:2.5, statistische:1.5, zwilling:2, maschinenlesbar:2.5, echtzeitdaten:2,
      big data:3, bigdata:3, data analytics:3, dataanalytics:3, data lake:3, datalake:3, open government:2, opengovernment:2`,
  },
  {
    id: 'ki',
    keywords: `|ki|:3, künstliche intelligenz:3, künstlicher intelligenz:3, künstlichen intelligenz:3, chatbot:3, sprachmodell:3,
      |llm:3, chatgpt:3, generative:2, generativer:2, |agenten|:1.5, maschinelles lernen:3, machine learning:3, algorithm:2,
      |f13|:2.5, aleph alpha:2.5, |ai|:2, assistenzsystem:1.5, spracherkennung:2, bilderkennung:2, textgenerierung:2.5,
      kigestützt:3, |gpt:3, copilot:2.5, |bot|:1.5,
      machinelearning:3, deep learning:3, deeplearning:3, artificial intelligence:3, |genai:3, generative ai:3, large language model:3`,
  },
  {
    id: 'smart-city',
    keywords: `smart city:3, smartcity:3, smart cities:3, smart region:3, smartregion:3, smarte stadt:3, smarte region:3,
      |smarte:2, |smarten:2, sensor:3, |iot|:3, internet der dinge:3, internet of things:3, lorawan:3, |lora:2.5,
      parken:2, parkplatz:2.5, parkraum:2.5, parkleit:3, parkplätz:2.5, mobilität:2, verkehr:1.5, ampel:2, litfaßsäule:2.5,
      |stele:2, |stelen|:2, infostele:3, straßenbeleuchtung:2.5, laterne:2, urbane daten:2.5, urbanen daten:2.5,
      modellprojekt smart:3, quartier:1.5, klimaschutz:1, klimaanpassung:1.5, füllstand:2.5, müll:0.5, abfall:0.5, pegel:2,
      wasserstand:2, bodenfeuchte:3, bewässerung:2, carsharing:2, |öpnv:2, nahverkehr:2, ladesäule:2, ladeinfrastruktur:2,
      stadtentwicklung:1.5, intelligente:1.5, vernetzte stadt:2.5, digitale infrastruktur:1.5, energieautark:1.5,
      drohne:2, fahrzeug:1, autonom:2, shuttle:2,
      zwilling:2.5, stadtplanung:1.5, parkhäus:2, stellplätz:1.5, luftqualität:2, |co2:1.5, rauchentwicklung:2,
      smart village:3, smartvillage:3, smart parking:3, smartparking:3, smart meter:2.5, smartmeter:2.5, smart lighting:3, smartlighting:3,
      bikesharing:2.5, bike sharing:2.5`,
  },
  {
    id: 'breitband',
    keywords: `breitband:3, glasfaser:3, gigabit:3, |ftth|:3, mobilfunk:1.5, |5g|:3, funkloch:3, funklöch:3, mobilfunkmast:3,
      sendemast:3, funkmast:3, netzausbau:3, ausbau:1, |wlan:2.5, |wifi:2.5, freifunk:3, hotspot:2, anschlüss:1.5,
      anschluss:1, schnelles internet:3, schnellen internet:3, bandbreite:2.5, |mbit:2.5, graue flecken:3, weiße flecken:3,
      telekommunikation:1.5, tiefbau:1.5, trenching:3, netzbetreiber:2, versorgung:0.5, haushalte:1, spatenstich:1.5,
      leerrohr:3, netzabdeckung:3, internetversorgung:3`,
  },
  {
    id: 'finanzen-foerderung',
    keywords: `förder:2.5, förderprogramm:3, bewillig:1.5, zusätzliche mittel:2, mehr geld:2, förderbescheid:3, fördermittel:3, förderaufruf:3, förderphase:3, förderung:0.5,
      zuschuss:2.5, zuschüsse:2.5, zuwendung:2.5, finanzierung:2, finanziert:1.5, finanzen:2.5, kommunalfinanzen:3,
      haushaltsplan:3, haushaltslage:3, haushaltsmittel:3, haushaltssperre:3, budget:2, millionen euro:2,
      |euro|:1, investition:2, sondervermögen:3, kassenkredit:3, defizit:2.5, schulden:2.5, verschuldung:2.5, grundsteuer:2.5,
      gewerbesteuer:2.5, |steuer:1.5, |steuert|:-1.5, |steuerung:-1.5, kämmerer:2.5, kämmerei:2.5, doppik:2.5, jahresabschluss:2.5, finanzausgleich:3,
      gebühr:1, kosten:1.5, landesmittel:2.5, bundesmittel:2.5, eumittel:2.5, finanzielle:2, finanziell:2, |geld:1.5,
      ausgezeichnet:0.5, preisgeld:2.5, wettbewerb:1, mittel:0.5,
      haushalt|:2.5, |haushalts:2, bürgerhaushalt:2.5, lizenzkosten:2, übernimmt die kosten:2.5, finanzsoftware:2.5, finanzwesen:2.5, finanzverwaltung:2.5, |finanz:1.5, bezahlt:0.5`,
  },
  {
    id: 'kooperation-strategie',
    keywords: `kooperation:3, zusammenarbeit:2.5, interkommunal:3, gemeinsam:1.5, strategie:2.5, digitalstrategie:3,
      kommission:2, zukunftskommission:3, itdienstleister:1, dienstleister:0.5, zweckverband:3, verband:0.5, verbände:1,
      städtetag:0.5, landkreistag:0.5, gemeindetag:0.5, gemeindebund:0.5, netzwerktreffen:2.5, netzwerkpartner:2.5, vereinbarung:2, rahmenvertrag:2.5,
      |vergabe:2, vergaberecht:3, ausschreibung:2, beschaffung:2.5, itplanungsrat:2.5, planungsrat:2.5, |fitko|:2,
      erfahrungsaustausch:2.5, austausch:1.5, vernetz:1.5, allianz:2, partnerschaft:2, bündnis:2, nachnutzung:2,
      bund und länder:2, bund und ländern:2, föderal:1.5, verlängert:1, digitalministerkonferenz:2.5, koalitionsvertrag:2,
      roadmap:2, agenda:1.5, masterplan:2, leitbild:1.5, leitlinie:1.5, digitalagentur:2, arbeitskreis:2,
      arbeitsgemeinschaft:2, |kongress:1, beitritt:2, beigetreten:2, verbandsversammlung:2.5, |vorstand:1.5, geschäftsführ:1.5, jubiläum:2, mitgliedskommunen:1.5, trägerkommunen:1.5, |dataport:1, |akdb|:1, ekom21:1, |krz|:1, itverbund:2,
      |itv:2, vitako:2, govtech:1.5, komm one:1, kommone:1, |kgst|:2, landesweit:1, gemeinsame:1.5, kommunalverb:1.5,
      zukunftskongress:1, kommunen:0.3, landesregierung:0.5, ministerium:0.5, gesetz:0.5, gesetzentwurf:2, novelle:1.5,
      digitalisierungsprogramm:1, programm:0.5, |pakt|:1.5, projektpartner:2, schulterschluss:2.5, fusion:2,
      bündeln:2, bündelt:1, teilen sich:2.5, teilt sich:2.5, zusammenleg:2, legen zusammen:2, gemeinsame it:2.5, gemeinsames rechenzentrum:2.5, itgesellschaft:2.5, stadt und landkreis:2, stadt und kreis:2, ländern und kommunen:2, einheitliche standards:2, |stack|:2, gründen:1.5, übertragen:0.5, gemeinsam mit:1, strategie|:0.5`,
  },
  {
    id: 'kommunikation-beteiligung',
    keywords: `bürgerbeteiligung:3, beteiligung:2.5, partizipation:3, mitmach:2.5, mitbestimm:2, bürgerhaushalt:2.5, bürgerbudget:2.5,
      umfrage:1, bürgerbefragung:2.5, onlinebefragung:2, kommunikation:1.5, bürgerkommunikation:3, kommunizieren:2,
      |app|:1.25, |apps|:1.25, stadtapp:3, bürgerapp:3, heimatapp:3, dorfapp:3, gemeindeapp:3, kommunalapp:3, |dorffunk:3,
      website:2.5, webseite:2.5, internetauftritt:2.5, internetseite:2.5, homepage:2.5, relaunch:3, social media:3,
      soziale medien:3, sozialen medien:3, instagram:2.5, facebook:2.5, mastodon:2.5, tiktok:2.5, youtube:2, whatsapp:2.5,
      newsletter:2, podcast:2.5, öffentlichkeitsarbeit:2.5, pressearbeit:2, mängelmelder:3, bürgerhinweis:2.5, mängel:1.5, schadensmelder:3,
      meldeplattform:2.5, ideenplattform:2.5, anregungen:1.5, |dialog:2, bürgerdialog:3, bürgerinnen und bürgern:0.5,
      kanäle:1.5, leitfaden:1, bürgernähe:1.5, feedback:1.5, erklärvideo:2, informieren:1, beteiligungsplattform:3,
      beteiligungsportal:3, bürgerrat:2.5, |chat:1, messenger:2, pushnachricht:2.5, stadtportal:2, informationen:0.5,
      |email:1.5, wahlbenachrichtigung:2.5, livestream:2.5, live übertragen:2.5, im internet übertragen:2.5, engagement:2, ehrenamtsplattform:2.5, befragt:2, vorschläge:1.5, informiert:1.5, veröffentlicht:0.3, informiert sich:-1.5, informierte sich:-1.5, informierten sich:-1.5,
      civic tech:2.5, civictech:2.5`,
  },
  {
    id: 'soziales-migration',
    keywords: `wohngeld:3, bürgergeld:3, sozialhilfe:3, sozialleistung:3, sozialamt:3, |asyl:3, geflüchtet:3, flüchtling:3,
      bezahlkarte:3, einbürgerung:3, ausländerbehörde:3, ausländer:2, migrationsamt:3, migrationsberat:3, migrationshintergrund:3, migrant:2.5, aufenthalt:2, integration:2,
      jugend:2, |kita:2, kindertagesstätte:2, kinderbetreuung:2, elterngeld:3, kindergeld:3, unterhaltsvorschuss:3,
      gesundheit:2.5, gesundheitsamt:3, pflege:2.5, krankenhaus:2, klinik:1.5, arzt:2, ärzt:2, |sozial:1.5, jobcenter:3,
      grundsicherung:3, eingliederung:2, obdachlos:3, wohnungslos:3, inklusion:1.5, behinderung:1.5, familie:1.5,
      bildung und teilhabe:2.5, schwerbehindert:2.5, sozialverwaltung:3, leistungsberechtigt:2.5, bargeld:1.5, geburt:1.5,
      kinderschutz:3, jugendamt:3, jugendhilfe:3, sozialraum:2,
      kitaplätz:2.5, kitaplatz:2.5`,
  },
  {
    id: 'personal-arbeit',
    keywords: `fachkräfte:3, fachkräftemangel:3, |personal|:2.5, personalmangel:3, personalgewinnung:3, personalentwicklung:3,
      personalverwaltung:3, personalwesen:3, personalmanagement:3, personalabteilung:3, personalrat:3, personalbedarf:3,
      personalprozess:3, beschäftigte:1.5, mitarbeitende:1.5, mitarbeiter:1.5, beamt:2.5, beihilfe:3, besoldung:3, tarif:2,
      gehalt:2, gehält:2, stellenbesetz:2.5, stellenausschreibung:2.5, stellenangebot:2.5, offene stellen:2.5,
      recruiting:3, rekrutierung:3, nachwuchs:2.5, ausbildung:2, azubi:3,  duales studium:2,
      arbeitgeber:2.5, homeoffice:3, mobiles arbeiten:3, mobile arbeit:3,
      telearbeit:3, new work:3, fortbildung:2, weiterbildung:2, qualifizierung:2, schulung:1.5, demografisch:1.5,
      ruhestand:2.5, renteneintritt:2.5, |hr|:2, zeiterfassung:2.5, bewerbung:1.5, bewerber:2, personalausweis:-2.5,
      dienstherr:2.5, führungskräfte:2, beschäftigten:1.5, fachkraft:2.5, arbeitswelt:2.5, verwaltungsmitarbeit:2,
      personalakte:3, arbeitszeit:2.5, viertagewoche:3, auszubildende:3,
      employer branding:3, employerbranding:3, onboarding:2.5, unbesetzt:2.5, stellen ausgeschrieben:2.5, stelle ausgeschrieben:2.5`,
  },
  {
    id: 'kultur-tourismus',
    keywords: `kultur:2.5, kulturell:2.5, |erbe|:2, kulturerbe:3, denkmal:2.5, museum:3, museen:3, bibliothek:3,
      bücherei:3, stadtarchiv:2.5, |archiv:2, tourismus:3, touris:3, gäste:1.5, urlaub:2.5, theater:2.5, konzert:2,
      veranstaltungskalender:2, sehenswürdig:2.5, stadtführung:3, kunst:2, ausstellung:2, festival:2, digitalisat:2.5,
      kuladig:3, rundgang:2, welterbe:3, unesco:3, übernachtung:2, freizeit:1.5, heimatgeschicht:2.5, geschichte:1.5,
      virtuell:1, augmented reality:1.5, besucher:1.5, gastronomie:2, destination:2.5`,
  },
  {
    id: 'schule-bildung',
    keywords: `schule:3, |schul:3, schulung:-3, |schult|:-3, schulden:-3, schüler:3, lehrkräfte:3, lehrer:3, digitalpakt schule:3, unterricht:3, |bildung:2,
      bildungseinrichtung:2.5, tablet:1.5, ipad:2, lernplattform:3, lernmanagement:3, moodle:3, medienentwicklungsplan:3,
      volkshochschule:2, |vhs|:2, studierende:1.5, |mint|:2, klassenzimmer:3, digitale bildung:2.5, medienbildung:3,
      lernen:1.5, bildungsregion:2.5, berufsschule:3, schulträger:3, hochschule:0.5, schulen:3,
      grundschule:3, studiengang:2.5, master:1.5, berufsbegleitend:2, lernplattformen:0,
      |elearning:2.5, |e learning:2.5, homeschooling:2.5`,
  },
  {
    id: 'it-infrastruktur',
    keywords: `rechenzentr:3, cloud:2.5, hosting:3, gehostet:2.5, |server:2.5, open source:3, opensource:3, quelloffen:3,
      offene software:3, offener software:3, freie software:3, opendesk:3, libreoffice:3, openoffice:3, nextcloud:3,
      openxchange:3, thunderbird:2, linux:3, |souverän:2.5, digitale souveränität:3, microsoft:2, |windows:2.5, |m365:2.5,
      |sap|:2, 4hana:3, migrier:3, itmigration:3, datenmigration:3, umstellung:1, umgestellt:1, umstieg:1.5, ablösung:1.5,
      arbeitsplatzrechner:3, büroarbeitsplätze:2.5, büroarbeitsplatz:2.5, itarbeitsplatz:3, itarbeitsplätze:3,
      desktop:2.5, |pc|:1.5, |rechner|:2, telefonanlage:3, telefonie:3, softphone:3, |voip:3,
      videokonferenz:2, emailsystem:3, postfächer:1.5, netzwerktechnik:3, netzwerkinfrastruktur:3, netzinfrastruktur:2.5,
      verwaltungsnetz:3, datennetz:2.5, landesnetz:3, corporate network:3, |switches:2.5, verkabelung:2.5, |lan|:2,
      itbetrieb:2.5, itinfrastruktur:3, infrastruktur:1, deutschlandstack:3, deutschland stack:3, lizenz:1.5, abwärme:2,
      georedundan:3, mietleitung:2.5, servicedesk:2.5, service desk:2.5, helpdesk:2.5, itabteilung:2, itausstattung:2.5, hardware:2.5,
      |it|:0.5, |software:1, betriebssystem:3, marktplatz:1, fachverfahren:1, arbeitsumgebung:2,
      workplace:2.5, data center:3, datacenter:3, onpremise:2, on premise:2, |saas|:2.5, software as a service:3`,
  },
];

/**
 * Words whose theme depends on their sense, and the cue words that decide it. A sense word
 * ("Migration", "Netzwerk") goes to the theme whose cues weigh more in the same item; the
 * first option wins ties. Cue weights only decide senses, they never count as a theme.
 */
export interface SenseDef {
  id: string;
  keywords: string;
  /** Theme ids with the cue patterns (and the themes' own scores, listed in `themes`) for each. */
  options: { theme: string; cues: string; themes?: string[] }[];
}

const IT_CUES = `|it|:2, itdienstleister:2, system:1.5, software:2, |server:2, |sap|:2, cloud:2, rechenzentr:2, fachverfahren:2,
  |daten:1, datenbank:2, emailsystem:2, email:1, postf:1, |windows:2, linux:2, plattform:1, anwendung:1.5, technik:1.5,
  infrastruktur:2, |switch:2, verkabel:2, wlan:1.5, router:2, telefon:1.5, umstellung:1, |lan|:2, betrieb:1, hardware:2`;

export const SENSES: readonly SenseDef[] = [
  {
    id: 'migration',
    keywords: `migration:3`,
    options: [
      {
        theme: 'soziales-migration',
        cues: `|asyl:3, geflüchtet:3, flüchtling:3, ausländer:3, einbürger:3, migrant:3, integration:3, zuwander:3, einwander:3,
          aufenthalt:3, herkunft:2, sprachkurs:3, menschen:1, familie:2, arbeitsmigration:3, fluchtmigration:3, migrationspolitik:3, sozial:2`,
      },
      { theme: 'it-infrastruktur', cues: IT_CUES, themes: ['it-infrastruktur'] },
    ],
  },
  {
    id: 'netzwerk',
    keywords: `netzwerk:2`,
    options: [
      {
        theme: 'kooperation-strategie',
        cues: `treffen:2, mitglied:2, beauftragte:2, austausch:2, gegründet:2, gründen:2, ehrenamt:2, kommunen:1, städte:1,
          gemeinden:1, landkreise:1, akteur:2, partner:2, initiative:2, engagiert:2`,
      },
      { theme: 'it-infrastruktur', cues: IT_CUES, themes: ['it-infrastruktur', 'breitband'] },
    ],
  },
  {
    // Devices: staff IT in an administration, school IT where pupils and teachers get them.
    id: 'geraete',
    keywords: `endgerät:2.5, notebook:2.5, laptop:2.5`,
    options: [
      { theme: 'it-infrastruktur', cues: IT_CUES, themes: ['it-infrastruktur'] },
      { theme: 'schule-bildung', cues: `|schul:3, schüler:3, lehrkräfte:3, lehrer:3, unterricht:3, klassen:2`, themes: ['schule-bildung'] },
    ],
  },
  {
    id: 'arbeitsplatz',
    keywords: `arbeitsplatz:2.5, arbeitsplätze:2.5, arbeitsplätzen:2.5`,
    options: [
      {
        theme: 'personal-arbeit',
        cues: `homeoffice:3, mobil:2, attraktiv:3, fachkräfte:3, arbeitgeber:3, gehalt:3, stellen:2, zeiterfass:3, gewinnen:2,
          gesundheit:2, nachwuchs:3, ausbildung:3, arbeitszeit:3, tarif:3, beruf:2, familie:2, personal:3`,
      },
      { theme: 'it-infrastruktur', cues: IT_CUES, themes: ['it-infrastruktur'] },
    ],
  },
];

/** The theme ids, in the taxonomy's order (one list, lib/labels.ts; tests/labels.test.ts checks THEMES follows it). */
export { THEME_IDS } from '../labels';

/** Parses a theme's keyword string into pattern/weight pairs. */
export function parseKeywords(spec: string): { text: string; weight: number }[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const at = s.lastIndexOf(':');
      return { text: s.slice(0, at).trim(), weight: Number(s.slice(at + 1)) };
    });
}
