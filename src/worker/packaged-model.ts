// Loads the model shipped inside the extension package. Nothing is ever fetched from the network: every URL
// here is the extension's own. The version (models/current.json) is bundled at build time, which saves a
// new worker one fetch before the model's files can be asked for.
import current from '../../models/current.json';
import { defaultEncoder } from '../core/model/default-encoder';
import { ModelScorer } from '../core/model/scorer';

export const PACKAGED_MODELS_PATH = '/models/';

export async function loadPackagedModel(origin: string, version: string = current.version): Promise<ModelScorer> {
  const base = new URL(PACKAGED_MODELS_PATH, origin);
  if (base.protocol !== 'chrome-extension:' && base.protocol !== 'moz-extension:') {
    throw new Error(`refusing to load a model from ${base.origin}: only the extension package is allowed`);
  }
  if (!/^[\w.-]+$/.test(version)) throw new Error('bad model version in current.json');
  // A bound fetch: called as a method of another object, the worker's fetch throws "Illegal invocation".
  const boundFetch: typeof fetch = (input, init) => fetch(input, init);
  return ModelScorer.fromUrl(new URL(`${version}/`, base).href, defaultEncoder, boundFetch);
}
