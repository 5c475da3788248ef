/** Search terms, quoted phrases and whole-word matching over folded text. */
export * from './query';
export * from './text';
