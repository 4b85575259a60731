/**
 * Input families of the growth benchmark (issue 14's table, and the fuzz families of
 * tests/fuzz/inputs.ts): each makes about `mb` megabytes of one repeated pattern.
 */
import { htmlWithScripts, noPunctuation, repeatedWord, unbalancedQuotes } from '../tests/fuzz/inputs';

const MB = 1024 * 1024;

export interface Family {
  name: string;
  make: (mb: number) => string;
}

/** `unit(i)` repeated until about `mb` megabytes. */
function fill(mb: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * MB; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  return parts.join('');
}

/** Sentences, with a paragraph break after every `per` of them. */
const prose =
  (sentence: string, per = 10) =>
  (mb: number): string =>
    fill(mb, (i) => `${sentence}${i % per === per - 1 ? '\n\n' : ' '}`);

const PARA = 'Officials from France and Germany met in Paris on Monday to discuss trade and energy.';
const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Growth</title></head><body>${body}</body></html>`;

export const FAMILIES: Family[] = [
  { name: 'speaker acts without target', make: prose('Vladimir Putin said it was good.') },
  {
    name: 'visit begun, visit continued',
    make: prose("Emmanuel Macron began a visit to Germany. Macron's visit continued."),
  },
  {
    name: 'nested <div>',
    make: (mb) => {
      const n = Math.floor((mb * MB) / 11);
      return page(`${'<div>'.repeat(n)}<p>${PARA}</p>${'</div>'.repeat(n)}`);
    },
  },
  {
    name: 'unclosed <div>',
    make: (mb) => page(fill(mb, (i) => (i % 100 === 0 ? `<div><p>${PARA}</p>\n` : '<div>'))),
  },
  {
    name: 'organization speaks after a meeting',
    make: prose('Vladimir Putin met Xi Jinping in Beijing. The ministry said the talks were useful.'),
  },
  {
    name: 'straight-quoted speech',
    make: prose('"We will keep talking with Germany," Vladimir Putin said.'),
  },
  {
    name: 'quoted paragraphs',
    make: (mb) =>
      fill(
        mb,
        () =>
          '“We will keep talking with Germany about trade,\n\n“And we will meet in Paris,” the minister said.\n\n',
      ),
  },
  {
    name: 'many scripts',
    make: (mb) =>
      page(fill(mb, (i) => `<p>${PARA}</p><script>var x${i} = "<p>";</script><script>f(${i});</script>\n`)),
  },
  { name: 'fuzz: repeated word', make: (mb) => repeatedWord(mb) },
  { name: 'fuzz: no punctuation', make: (mb) => noPunctuation(mb) },
  { name: 'fuzz: unbalanced quotes', make: (mb) => unbalancedQuotes(mb) },
  {
    name: 'fuzz: HTML with scripts',
    make: (mb) => htmlWithScripts(Math.max(1, Math.round((mb * MB) / 330))),
  },
];
