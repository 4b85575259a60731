/** Public surface of the graph model. */
export * from './types';
export * from './keys';
export * from './build';
