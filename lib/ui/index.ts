/**
 * What the popup, the reader and the options page do besides rendering: reads, keys, flows,
 * exports and text. Components and entrypoints import the modules directly; this lists them.
 */
export * from './add-source';
export * from './browser-i18n';
export * from './day-groups';
export * from './error-text';
export * from './export-feed';
export * from './format-date';
export * from './i18n';
export * from './item-actions';
export * from './permissions';
export * from './place-search';
export * from './popup-keys';
export * from './queries';
export * from './reader-keys';
export * from './reader-state';
export * from './send-command';
export * from './tile-grid';
export * from './use-live-query';
export * from './use-paged-items';
export * from './use-painted';
export * from './use-virtualizer';
export * from './view-filter';
