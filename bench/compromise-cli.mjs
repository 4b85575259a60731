/**
 * compromise as a whole process, the baseline of bench/cli.bench.mjs: reads every .txt under
 * a folder and runs its people()/places()/organizations() passes on each article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const dir = process.argv[2] ?? '.';
let found = 0;
for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
  if (!name.endsWith('.txt')) continue;
  const doc = nlp(readFileSync(join(dir, name), 'utf8'));
  found += doc.people().out('array').length + doc.places().out('array').length;
  found += doc.organizations().out('array').length;
}
process.stdout.write(`${found}\n`);
