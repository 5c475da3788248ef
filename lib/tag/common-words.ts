/**
 * German words that are also names of municipalities or districts (and first names, surnames
 * and English words the feeds use). A place name in this list counts only with place context:
 * the kicker, "in X", "Stadt X", "Landkreis X", a list of other places, or the Land next to it.
 * The list is written by hand from common German vocabulary, checked against the gazetteer's
 * one-word short names; a name starting a sentence ("Weil …", "Meine …") needs context too.
 */
const WORDS = `
acht alpen anger appel au auen aura bach bann bark bell bengel berg berge bergen besitz binnen blender boden
bogen born brand brake breit brücken bruch buch buchen bunde burg burgen damme dill dingen eich eichen einig
elbe ende ernst esche essen fahren felde fell filz fisch fischen forst furth geyer gering gersten gingen graben
grub grube haar hage hagen hahn halle hamm hammer hardt hasel haste hausen hecken heide heiden herold hof holle
holm holt horn horst hütten iden igel kahl kall kalt kamen kappel karl kehl kerben kirchen klamp kommen kopp
korb kosel krempe kuchen küsten lage lahn lanze lauf laufen lauter leer lehre leimen linde linden lippe list
lotte linda mandel mantel mauer mauern meine melle mengen moos much nagel nahe nebel norden ohne osten
otter pracht rade rain recke regen reich ried riegel ringe rom rosa rot roth rott saal sand sande salz schwarz
schutz schuld seelen senden sinn sonnen spalt stapel stein stelle tamm tann train treuen twist waal wald wall
wangen weil weiden welle wellen welt wenden werben werder weste wetter wiesen winden winkel winzer wolken worth
zeil zell wissen müssen übersee mücke marne vogt vogtei perl plate rust valley trent pohl barth schmitt lehe
löhne lohne rehe wehr engen bünde börde harz leer pommern sachsen lichte mark kreuz loop essel hude hüde
lauterbach laage stade sören sande ahorn alf bork egg ehr esch gries haag lam lich lind lug melz muhr nack ney
polle prem salem salm silz sulz thum titz wiek wyk speicher
ringe saal brücken liebe gut güter insel inseln see seen feld felder berg wiese garten kirche kirch weide
dorf dörfer stadt land mitte süd nord west ost anker hafen grund grün rhein main donau ruhr weser ems oder
saale havel spree neckar isar inn lech mosel mulde elster eder fulda werra lahn sieg lippe ems jade hase
weiler bühl bühle ebene ecke fluss hütte kamp kasse kessel klinge kuppe lohe mühle mühlen rode schwelle
sonne stern tal tor turm warte zoll ernst gabel glück hoffnung frieden freiheit treue
`;

/** Lowercase common words that gate place names. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Words before a name that make it a person ("Stephan Weil", "Karl Lauterbach", "Landrat Roth"). */
export const PERSON_CUES: ReadonlySet<string> = new Set(
  `herr frau dr prof minister ministerin staatssekretär staatssekretärin landrat landrätin bürgermeister
  bürgermeisterin oberbürgermeister oberbürgermeisterin ob präsident präsidentin ministerpräsident
  ministerpräsidentin sprecher sprecherin leiter leiterin geschäftsführer geschäftsführerin cio cdo
  stephan karl olaf thomas michael andreas stefan peter klaus wolfgang jürgen frank markus christian
  martin uwe bernd ralf dirk jens torsten tobias sebastian daniel alexander jan kai lars sven anja
  sabine claudia katrin kerstin susanne petra julia anna maria nina laura lisa sandra nicole birgit
  heike andrea monika christine manuela boris hendrik malu manuela reiner rainer dieter volker hubert
  joachim achim horst markus armin winfried kristina nancy bettina doris ingrid ulrike gisela`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words before a name that make it part of an institution ("TU München", "Universität zu Köln"). */
export const INSTITUTION_CUES: ReadonlySet<string> = new Set(
  `universität uni hochschule tu th fh hs rwth lmu htw hwr ph fernuniversität universitätsklinikum uniklinik
  klinikum amtsgericht landgericht verwaltungsgericht oberverwaltungsgericht sozialgericht arbeitsgericht
  finanzgericht oberlandesgericht verfassungsgerichtshof flughafen messe zoo bistum erzbistum handwerkskammer
  ihk sparkasse stadtsparkasse kreissparkasse volksbank landesbank fraunhofer institut akademie
  fachhochschule kunsthochschule musikhochschule bauhaus max planck leibniz helmholtz regierungspräsidium
  bezirksregierung`
    .split(/\s+/)
    .filter(Boolean),
);

/** Articles and determiners: "die Lage", "das Essen", "im Wald" are words, not places. */
export const ARTICLES: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einer einen einem eines kein keine keinen im am vom zum zur beim ins
  ans aufs mit ohne unter über jede jeder jeden diese dieser diesen dieses unsere unser ihre ihr seine sein
  neue neuen neuer neues mehr viel viele wenig wenige große großen großer kleine kleinen guten gute`
    .split(/\s+/)
    .filter(Boolean),
);
