/** Entry of the command line: dispatches to the commands. Returns the exit code. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Aufruf: kommunalradar <Befehl> [Argumente]
  parse FILE|URL...        Feeds lesen, eine JSON-Zeile je Eingabe
  tag                      JSON Lines {"title","summary"} auf stdin taggen
  aggregate --out DIR      alle Quellen abrufen und Feeds schreiben
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    default:
      io.stderr.write(USAGE);
      return 2;
  }
}
