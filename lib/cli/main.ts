/** Entry of the command line: dispatches to the commands. Returns the exit code. */
import type { CliCommand, CliIo } from './io';

export type { CliCommand, CliIo } from './io';

const USAGE = `Aufruf: kommunalradar <Befehl> [Argumente]
  parse FILE|URL...                  Feeds lesen, eine JSON-Zeile je Eingabe
  tag                                JSON Lines {"title","summary"} auf stdin taggen
  aggregate --out DIR [--sources F]  alle Quellen abrufen und Feeds schreiben
`;

const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  parse: async () => (await import('./parse')).runParse,
  tag: async () => (await import('./tag')).runTag,
  aggregate: async () => (await import('./aggregate')).runAggregate,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [cmd, ...rest] = argv;
  const load = cmd ? COMMANDS[cmd] : undefined;
  if (!load) {
    io.stderr.write(USAGE);
    return 2;
  }
  return (await load())(rest, io);
}
