/** The command line's loader (src/cli/loader.ts) gives what the loader gives, text or HTML. */
import { describe, expect, it } from 'vitest';
import { extractGraph as cliExtract } from '../../src/cli/loader';
import { extractGraph } from '../../src/extract/index';
import { ARTICLE } from './built';

const PAGE = `<html><head><title>Talks in Beijing</title><meta property="article:published_time" content="2024-04-12"></head>
<body><nav>Home</nav><article><p>${ARTICLE.slice(0, 3000)}</p></article></body></html>`;

describe('the command line loader', () => {
  it.each([
    ['plain text', ARTICLE, {}],
    ['HTML, sniffed', PAGE, {}],
    ['HTML, declared', PAGE, { format: 'html' as const }],
  ])('extracts %s as extractGraph does', async (_, input, options) => {
    const want = extractGraph(input, options);
    const got = await cliExtract(input, options);
    expect(got.article).toEqual(want.article);
    expect(JSON.stringify(got.graph.export())).toBe(JSON.stringify(want.graph.export()));
  });
});
