/**
 * Stage: storage. The only code that reads or writes IndexedDB (Dexie), the upsert plan the
 * command line's file store shares, the item matcher and the newest-first order.
 */
export * from './announcements';
export * from './db';
export * from './errors';
export * from './filter';
export * from './items';
export * from './meta';
export * from './queries';
export * from './refresh-store';
export * from './retention';
export * from './sources';
export * from './stored-item';
export * from './upsert-plan';
export * from './views';
