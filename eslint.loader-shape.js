/**
 * Shape rules of the loader (issue 8): short functions in src/extract, and in
 * src/extract/relations no inline word lists (a regex alternation of words, or a token's
 * `.lower` compared with a word): use the match.ts helpers with the fw.* sets of
 * data/lexicon/function-words.json, or a word list in data/lexicon.
 */
const WORD_LIST_HINT =
  'use match.ts helpers (wordAt, isWord, inSet, isSeq …) with fw.* sets, or a word list in data/lexicon';

/** A regex that is only an alternation of words: /^(?:in|at|to)$/, /^(in|at|\d+)$/i. */
export const WORD_ALTERNATION = /^\^?\((?:\?:)?(?:[a-z' -]+|\\d\+)(?:\|(?:[a-z' -]+|\\d\+))+\)\$?$/;

/** `x.lower === 'word'` or `x?.lower !== 'word'`, the word on either side. */
const lowerComparisons = ['left', 'right'].flatMap((side) => {
  const other = side === 'left' ? 'right' : 'left';
  return [`${side}.property.name`, `${side}.expression.property.name`].map(
    (lower) => `BinaryExpression[operator=/^[!=]==?$/][${lower}='lower'][${other}.type='Literal']`,
  );
});

export const loaderShape = [
  {
    files: ['src/extract/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['src/extract/relations/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[regex.pattern=${String(WORD_ALTERNATION)}]`,
          message: `No inline word-alternation regex in relations/: ${WORD_LIST_HINT}.`,
        },
        {
          selector: lowerComparisons.join(', '),
          message: `No \`.lower === 'word'\` in relations/: ${WORD_LIST_HINT}.`,
        },
      ],
    },
  },
];
