// Lint for one thing only: every regular expression that can see fetched or user text must run in
// linear time. `regexp/no-super-linear-backtracking` is an error; `regexp/no-super-linear-move`
// is a warning that is reviewed case by case: each remaining one carries a comment saying why its
// input is bounded (a length cap before the match, or a pattern anchored so that it cannot move).
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**'] },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx', 'entrypoints/**/*.ts', 'entrypoints/**/*.tsx', 'components/**/*.tsx', 'components/**/*.ts', 'bin/**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2024, sourceType: 'module' },
    // A directive left over after a pattern changed is harmless; reporting it would fail other branches' merges.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': ['warn', { report: 'certain', ignorePartial: false }],
    },
  },
];
