/**
 * One schema for every file and record Entente reads (valibot): graph JSON here, the
 * workspace file and the IndexedDB records in src/workspace/schema.ts. Each reader parses
 * with these and refuses with the first bad path; a refusal changes nothing.
 */
export * from './core';
export * from './graph';
