/** Entry of the command line: dispatches to the commands. Returns the exit code. */
import { readFileSync } from 'node:fs';
import type { CliCommand, CliIo } from './io';

export type { CliCommand, CliIo } from './io';

const USAGE = `Aufruf: kommunalradar <Befehl> [Argumente]
  parse DATEI|URL...                 Feeds lesen, eine JSON-Zeile je Eingabe
  scrape [--base URL] [--rule F] DATEI|URL...  Nachrichtenlisten von Webseiten lesen
  tag                                JSON Lines {"title","summary"} auf stdin taggen
  aggregate --out DIR [--sources F]  alle Quellen abrufen und Feeds schreiben
  help BEFEHL                        Aufruf und Ausgabe eines Befehls
  --version                          Version

Mehr zu einem Befehl: kommunalradar BEFEHL --help
`;

const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  parse: async () => (await import('./parse')).runParse,
  scrape: async () => (await import('./scrape')).runScrape,
  tag: async () => (await import('./tag')).runTag,
  aggregate: async () => (await import('./aggregate')).runAggregate,
};

/** The version in package.json (the command line runs from a checkout or an installed package). */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unbekannt';
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || (cmd === 'help' && rest.length === 0)) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (cmd === '--version' || cmd === '-V' || cmd === 'version') {
    io.stdout.write(`kommunalradar ${cliVersion()}\n`);
    return 0;
  }
  if (cmd === 'help') {
    const verb = COMMANDS[rest[0]!];
    if (!verb) {
      io.stderr.write(`kommunalradar: unbekannter Befehl: ${rest[0]}\n\n${USAGE}`);
      return 2;
    }
    return (await verb())(['--help'], io);
  }
  const load = cmd ? COMMANDS[cmd] : undefined;
  if (!load) {
    io.stderr.write(cmd ? `kommunalradar: unbekannter Befehl: ${cmd}\n\n${USAGE}` : USAGE);
    return 2;
  }
  return (await load())(rest, io);
}
