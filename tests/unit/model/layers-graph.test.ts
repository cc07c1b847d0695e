// The runtime's reader of the tfjs layers format against tfjs's own loader, and its refusals.
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportModel } from '../../../src/training/io';
import { readLayersGraph, weightPaths, type LayersGraph } from '../../../src/core/model/layers-graph';
import { buildNetwork } from '../../../src/training/network';
import { graphOfTfjsModel } from '../../../src/training/tfjs-graph';
import { loadShippedTfjsModel, MODELS_DIR } from '../support/shipped-model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let tfModel: tf.LayersModel;
let shipped: LayersGraph;
let files: { modelJson: string; weights: Uint8Array };

beforeAll(async () => {
  await tf.setBackend('cpu');
  tfModel = await loadShippedTfjsModel();
  const { version } = JSON.parse(readFileSync(join(MODELS_DIR, 'current.json'), 'utf8')) as { version: string };
  const dir = join(MODELS_DIR, version);
  const modelJson = readFileSync(join(dir, 'model.json'), 'utf8');
  files = { modelJson, weights: new Uint8Array(readFileSync(join(dir, weightPaths(modelJson)[0]))) };
  shipped = readLayersGraph(files.modelJson, files.weights);
});
afterAll(() => tfModel?.dispose());

describe('readLayersGraph on the shipped model', () => {
  it('reads every layer and input tfjs reads, with the same configs', () => {
    expect(shipped.layerNames).toEqual(tfModel.layers.map((l) => l.name));
    expect(shipped.inputNames).toEqual(tfModel.inputNames);
    tfModel.inputs.forEach((input, i) => {
      expect(shipped.inputWidth(tfModel.inputNames[i])).toBe(input.shape[1]);
    });
    expect(shipped.layerConfig('hidden').activation).toBe('relu');
    expect(shipped.inboundLayers('logit')).toEqual(['style_scale', 'substance']);
  });

  it('gives every layer the very float32 weights tfjs loads, bit for bit', () => {
    let compared = 0;
    for (const layer of tfModel.layers) {
      const theirs = layer.getWeights().map((w) => w.dataSync() as Float32Array);
      const ours = shipped.weights(layer.name);
      expect(ours.length).toBe(theirs.length);
      theirs.forEach((w, k) => {
        expect(ours[k]).toEqual(w);
        compared += w.length;
      });
    }
    expect(compared).toBeGreaterThan(30_000);
  });

  it('is the same view graphOfTfjsModel gives of the model tfjs loaded', () => {
    const view = graphOfTfjsModel(tfModel);
    expect(view.layerNames).toEqual(shipped.layerNames);
    for (const name of shipped.layerNames) {
      expect(view.layerConfig(name)).toEqual(shipped.layerConfig(name));
      expect(view.weights(name)).toEqual(shipped.weights(name));
    }
  });
});

describe('readLayersGraph refuses what it cannot read', () => {
  const json = () =>
    JSON.parse(files.modelJson) as {
      format: string;
      weightsManifest: { weights: { dtype: string; quantization?: object }[] }[];
    };
  it('another format', () => {
    expect(() => readLayersGraph(JSON.stringify({ ...json(), format: 'graph-model' }), files.weights)).toThrow(
      /not a tfjs layers model/,
    );
  });
  it('quantised or non-float32 weights', () => {
    const q = json();
    q.weightsManifest[0].weights[0].quantization = { dtype: 'uint8', scale: 1, min: 0 };
    expect(() => readLayersGraph(JSON.stringify(q), files.weights)).toThrow(/only unquantised float32/);
    const i = json();
    i.weightsManifest[0].weights[0].dtype = 'int32';
    expect(() => readLayersGraph(JSON.stringify(i), files.weights)).toThrow(/only unquantised float32/);
  });
  it('a weights file of the wrong size', () => {
    expect(() => readLayersGraph(files.modelJson, files.weights.slice(0, files.weights.length - 4))).toThrow(
      /too short/,
    );
    const longer = new Uint8Array(files.weights.length + 8);
    longer.set(files.weights);
    expect(() => readLayersGraph(files.modelJson, longer)).toThrow(/bytes no weight spec reads/);
  });
  it('a model.json without a topology', () => {
    expect(() => readLayersGraph(JSON.stringify({ format: 'layers-model' }), new Uint8Array())).toThrow(
      /no layers topology/,
    );
  });
});

describe('a freshly exported network', () => {
  it('reads back to the weights it was built with', async () => {
    const model = buildNetwork({ buckets: 64, features: 3, hidden: 4, seed: 5, styleCap: 2 });
    const exported = await exportModel(model);
    const graph = readLayersGraph(exported.modelJson, exported.weights);
    for (const layer of model.layers) {
      layer.getWeights().forEach((w, k) => {
        expect(graph.weights(layer.name)[k]).toEqual(w.dataSync());
      });
    }
    model.dispose();
  });
});
