import type { Source } from '../lib/model';
import catalogue from './catalogue.json';

/** The built-in source catalogue. */
export const CATALOGUE: readonly Source[] = catalogue as Source[];
