/** The streams a command reads and writes, passed in so that tests can give their own. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A command: takes its arguments and the streams, returns the exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;
