/** Tagging: Länder, places and themes of news items. The data is passed in (Node: ./builtin.ts). */
export { createTagger, tagVersion, taggerVersion, type KeywordRule, type Tagger, type TagInput } from './tagger';
export { createGazetteer, type Gazetteer, type GazetteerSource, type PlaceRecord } from './gazetteer';
export { THEMES, THEME_IDS, type ThemeDef } from './themes';
export { GAZETTEER_FILE, isGazetteerSource, readPackagedGazetteer } from './packaged-file';
export { GAZETTEER_DATA_VERSION } from './gazetteer-version';
