// The thread of pool.ts when the CLI runs from its TypeScript sources (tests, development):
// tsx's loader is registered in this thread, then the worker source is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
