/** Types of eslint.loader-shape.js, for the tests that lint samples with it. */
import type { Linter } from 'eslint';

export declare const WORD_ALTERNATION: RegExp;
export declare const loaderShape: Linter.Config[];
