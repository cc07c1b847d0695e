// The LayersGraph view of an in-memory tfjs model (training, tests): serialised as model.save would write it
// and read back by the runtime's own reader, so training and the worker read weights one way.
import type * as tf from '@tensorflow/tfjs';
import { concatBytes, readLayersGraph, type LayersGraph } from '../core/model/layers-graph';

export function graphOfTfjsModel(model: tf.LayersModel): LayersGraph {
  const topology = model.toJSON(null, false);
  const specs = model.weights.map((w) => ({ name: w.originalName, shape: w.shape, dtype: 'float32' }));
  const bytes = concatBytes(model.weights.map((w) => w.read().dataSync() as Float32Array));
  const json = { format: 'layers-model', modelTopology: topology, weightsManifest: [{ paths: [], weights: specs }] };
  return readLayersGraph(JSON.stringify(json), bytes);
}
