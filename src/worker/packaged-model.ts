// Loads the model shipped inside the extension package (models/current.json names the version).
// Nothing is ever fetched from the network: every URL here is the extension's own.
import { defaultEncoder } from '../core/model/default-encoder';
import { ModelScorer } from '../core/model/scorer';

export const PACKAGED_MODELS_PATH = '/models/';

export async function loadPackagedModel(origin: string): Promise<ModelScorer> {
  const base = new URL(PACKAGED_MODELS_PATH, origin);
  if (base.protocol !== 'chrome-extension:' && base.protocol !== 'moz-extension:') {
    throw new Error(`refusing to load a model from ${base.origin}: only the extension package is allowed`);
  }
  const response = await fetch(new URL('current.json', base));
  if (!response.ok) throw new Error(`no shipped model (HTTP ${response.status})`);
  const current = (await response.json()) as { version: string };
  if (!/^[\w.-]+$/.test(current.version)) throw new Error('bad model version in current.json');
  // A bound fetch: called as a method of another object, the worker's fetch throws "Illegal invocation".
  const boundFetch: typeof fetch = (input, init) => fetch(input, init);
  return ModelScorer.fromUrl(new URL(`${current.version}/`, base).href, defaultEncoder, boundFetch);
}
