/** Public surface of the workspace: many articles, one graph. */
export * from './types';
export * from './model';
export * from './file';
export * from './timeline';
export * from './provenance';
