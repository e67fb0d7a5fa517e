// Where the commands read and write: the real process by default, a recorder in tests.
import { readFileSync, writeFileSync } from 'node:fs';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The bytes of a file as UTF-8 text; throws Node's error (ENOENT, EISDIR, ...). */
  readFile(path: string): string;
  /** All of standard input as UTF-8 text. */
  readStdin(): Promise<string>;
  writeFile(path: string, text: string): void;
}

export const PROCESS_IO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
};
