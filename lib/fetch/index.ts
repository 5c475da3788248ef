/**
 * Stage 1 of the pipeline: one polite HTTP fetch of a feed (conditional GET, size and time caps,
 * Retry-After, URL policy) and the decoding of its bytes to text.
 */
export * from './fetch';
export * from './charset';
export * from './url-policy';
export * from './retry-after';
export * from './headers';
export * from './messages';
export * from './body';
export * from './windows-1252';
