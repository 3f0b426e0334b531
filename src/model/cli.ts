/**
 * `npm run model -- FILE.txt`: prints the model built from a plain-text article as JSON.
 * Bad input: one line on stderr naming the file and the problem, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { buildModel } from './builder/build-model';
import { ArticleInputError } from './builder/parse-article';
import { serializeModel } from './serialize-model';

function main(args: string[]): number {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('usage: npm run model -- FILE.txt\n');
    return 2;
  }
  let source: string;
  try {
    const bytes = readFileSync(file);
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const problem = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory'
      : err instanceof TypeError ? 'binary data, not UTF-8 text' : err.message;
    process.stderr.write(`${file}: ${problem}\n`);
    return 2;
  }
  try {
    process.stdout.write(serializeModel(buildModel(source)));
    return 0;
  } catch (e) {
    if (e instanceof ArticleInputError) {
      process.stderr.write(`${file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
