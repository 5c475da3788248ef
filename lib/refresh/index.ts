/**
 * The pipeline run for due sources: fetch → parse → normalize → tag → store, the schedule that
 * decides when each source is due, and the probe of a URL a user wants to add.
 */
export * from './refresh';
export * from './schedule';
export * from './probe';
