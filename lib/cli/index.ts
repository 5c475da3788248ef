/** The command line: `kommunalradar parse | tag | aggregate | scrape` (bin/kommunalradar.mjs). */
export { main, type CliCommand, type CliIo } from './main';
