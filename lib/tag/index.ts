/** Tagging: Länder, places and themes of news items. */
export { createTagger, TAG_VERSION, type KeywordRule, type Tagger, type TagInput } from './tagger';
export { GAZETTEER_ATTRIBUTION, GAZETTEER_VERSION, loadGazetteer, type Gazetteer, type PlaceRecord } from './gazetteer';
export { THEMES, THEME_IDS, type ThemeDef } from './themes';
