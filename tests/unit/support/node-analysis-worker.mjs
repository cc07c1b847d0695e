// Node worker bootstrap: lets the worker thread import TypeScript (tsx), then runs the real worker API.
import { register } from 'tsx/esm/api';

register();
await import('./node-analysis-worker.ts');
