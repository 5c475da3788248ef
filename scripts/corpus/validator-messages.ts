/**
 * The W3C feed validator's messages that are not errors: its warnings, information and
 * successes (the message classes that derive from Warning, Info or Success in the validator's
 * logging module), by name. A test case expecting only these (or none, `!X`) is a valid feed.
 */
export const NO_ERROR: ReadonlySet<string> = new Set([
  'ArchiveIncomplete', 'AtomLinkNotEmpty', 'AttrNotBlank', 'AvoidNamespacePrefix',
  'AvoidTextInput', 'BadCharacters', 'BestPractices', 'CharacterData', 'CommentRSS',
  'ContainsEmail', 'ContainsHTML', 'ContainsRelRef', 'ContainsSystemEntity',
  'ContainsUndeclaredHTML', 'CoordComma', 'DangerousStyleAttr', 'Deprecated',
  'DeprecatedMediaAdult', 'DeprecatedRootHref', 'DuplicateDescriptionSemantics',
  'DuplicateEnclosure', 'DuplicateEntries', 'DuplicateItemSemantics', 'DuplicateSemantics',
  'DuplicateUpdated', 'EmailFormat', 'EncodingMismatch', 'FeedHistoryRelInEntry', 'HtmlFragment',
  'HttpsProtocolWarning', 'ImageLinkDoesntMatch', 'ImageTitleDoesntMatch', 'ImageUrlFormat',
  'ImplausibleDate', 'InvalidAdultContent', 'InvalidKeywords', 'InvalidKmlMediaType',
  'InvalidOutlineType', 'InvalidOutlineVersion', 'MisplacedItem', 'MisplacedXHTMLContent',
  'MissingAtomSelfLink', 'MissingCurrentInArchive', 'MissingDCLanguage', 'MissingEncoding',
  'MissingGuid', 'MissingId', 'MissingItunesElement', 'MissingItunesEmail', 'MissingOutlineType',
  'MissingRealName', 'MissingRecommendedAttribute', 'MissingRecommendedElement', 'MissingSelf',
  'MissingSourceElement', 'MissingTextualContent', 'MissingTitleAttr', 'MissingTypeAttr',
  'MissingUrlAttr', 'MissingXmlURL', 'NeedDescriptionBeforeContent', 'NonCanonicalURI',
  'NonSpecificMediaType', 'NonstdEncoding', 'NonstdPrefix', 'NotBlank', 'NotHtml', 'NotInline',
  'NotSufficientlyUnique', 'NotUTF8', 'ObscureEncoding', 'ObsoleteItunesCategory',
  'ObsoleteVersion', 'ObsoleteWikiNamespace', 'OptionalValueMissing', 'ProblematicalRFC822Date',
  'QuestionableUsage', 'RSS20Profile', 'RelativeSelf', 'ReservedPrefix', 'SameDocumentReference',
  'SchemeNotIANARegistered', 'SecurityRisk', 'SecurityRiskAttr', 'SelfDoesntMatchLocation',
  'SelfNotAtom', 'ShouldIncludeExample', 'SlashDate', 'TempRedirect', 'TextXml', 'Uncompressed',
  'UndefinedParam', 'UndeterminableVocabulary', 'UnexpectedContentType', 'UnknownHost',
  'UnknownNamespace', 'UnregisteredAtomLinkRel', 'UnsupportedItunesFormat', 'UnsupportedNamespace',
  'UseOfExtensionAttr', 'UseZeroForMidnight', 'ValidAngle', 'ValidAtomLinkRel',
  'ValidAttributeValue', 'ValidBooleanAttribute', 'ValidCloud', 'ValidContact', 'ValidContentMode',
  'ValidCopyright', 'ValidDate', 'ValidDay', 'ValidDoctype', 'ValidElement', 'ValidGeneratorName',
  'ValidHeight', 'ValidHour', 'ValidHtml', 'ValidHttpGUID', 'ValidInteger',
  'ValidIntegerAttribute', 'ValidLanguage', 'ValidLatitude', 'ValidLongitude',
  'ValidMIMEAttribute', 'ValidNPTTime', 'ValidPercentage', 'ValidRFC2822Date', 'ValidTAG',
  'ValidTitle', 'ValidURI', 'ValidURLAttribute', 'ValidURN', 'ValidUpdatePeriod', 'ValidValue',
  'ValidW3CDTFDate', 'ValidWidth',
]);
