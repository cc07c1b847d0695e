// The tfjs layers format (model.json + its weights .bin) read without tfjs: the runtime only needs each
// layer's name, config, inbound layers and float32 weights, and scores in plain JS (sparse-wide.ts,
// close-head.ts). tfjs stays in training, which writes these files, and in the test that reads them back
// through tf.loadLayersModel to check this reader against it. Format:
// https://www.tensorflow.org/js/guide/save_load (weightsManifest: paths + specs, concatenated in order).

export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';

/** A saved model in memory: model.json's text and its weight files' bytes, concatenated in manifest order. */
export interface ModelFiles {
  /** Contents of model.json (standard tfjs `layers-model` format). */
  modelJson: string;
  weights: Uint8Array;
}

/** What the runtime reads of a layers model (training/tfjs-graph.ts: the same view of an in-memory tfjs model). */
export interface LayersGraph {
  readonly layerNames: readonly string[];
  /** The model's input layers, in the order `predict` takes them. */
  readonly inputNames: readonly string[];
  /** The width (second dimension) of an input layer. */
  inputWidth(name: string): number;
  /** A layer's config as saved (snake_case keys, e.g. `activation`, `units`, `use_bias`). */
  layerConfig(name: string): Readonly<Record<string, unknown>>;
  /** Names of the layers feeding a layer's first inbound node, in order. */
  inboundLayers(name: string): readonly string[];
  /** A layer's weights in its saved order (kernel, then bias), row-major as tfjs stores them. */
  weights(name: string): Float32Array[];
}

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: unknown;
}

interface SavedLayer {
  name: string;
  class_name: string;
  config: Record<string, unknown>;
  inbound_nodes?: [string, number, number, object?][][];
}

interface SavedModelJson {
  format?: string;
  modelTopology?: {
    class_name?: string;
    config?: { layers?: SavedLayer[]; input_layers?: [string, number, number][] };
  };
  weightsManifest?: { paths: string[]; weights: WeightSpec[] }[];
}

/** The weight files model.json points at, relative to it (`./weights.bin` → `weights.bin`). */
export function weightPaths(modelJson: string): string[] {
  const json = JSON.parse(modelJson) as SavedModelJson;
  return (json.weightsManifest ?? []).flatMap((g) => g.paths.map((p) => p.replace(/^\.\//, '')));
}

/**
 * Reads model.json and its weight bytes (the manifest's files concatenated in order). Throws a clear error
 * on anything this reader does not handle (another format, quantised or non-float32 weights, a size mismatch)
 * rather than scoring with misread weights.
 */
export function readLayersGraph(modelJson: string, weightBytes: Uint8Array): LayersGraph {
  const json = JSON.parse(modelJson) as SavedModelJson;
  if (json.format !== undefined && json.format !== 'layers-model')
    throw new Error(`not a tfjs layers model (format ${json.format})`);
  const layers = json.modelTopology?.config?.layers;
  const inputs = json.modelTopology?.config?.input_layers;
  if (!Array.isArray(layers) || !Array.isArray(inputs)) throw new Error('model.json has no layers topology');
  const byName = new Map(layers.map((l) => [l.name, l]));
  const weights = new Map<string, Float32Array[]>();
  const bytes = weightBytes;
  let offset = 0;
  for (const spec of (json.weightsManifest ?? []).flatMap((g) => g.weights)) {
    if (spec.dtype !== 'float32' || spec.quantization)
      throw new Error(`weight ${spec.name}: only unquantised float32 weights are supported`);
    const size = spec.shape.reduce((n, d) => n * d, 1);
    const end = offset + size * 4;
    if (end > bytes.byteLength) throw new Error(`weights file too short for ${spec.name} (${bytes.byteLength} bytes)`);
    // a copy per weight: aligned for Float32Array, and independent of the buffer it was read into
    const values = new Float32Array(bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + end));
    offset = end;
    const layer = spec.name.slice(0, spec.name.lastIndexOf('/'));
    if (!byName.has(layer)) throw new Error(`weight ${spec.name} names no layer of the model`);
    weights.set(layer, [...(weights.get(layer) ?? []), values]);
  }
  if (offset !== bytes.byteLength)
    throw new Error(`weights file has ${bytes.byteLength - offset} bytes no weight spec reads`);
  const layer = (name: string): SavedLayer => {
    const found = byName.get(name);
    if (!found) throw new Error(`the model has no layer ${name}`);
    return found;
  };
  return {
    layerNames: layers.map((l) => l.name),
    inputNames: inputs.map(([name]) => name),
    inputWidth: (name) => {
      const shape = layer(name).config.batch_input_shape;
      return Array.isArray(shape) && typeof shape[1] === 'number' ? shape[1] : 0;
    },
    layerConfig: (name) => layer(name).config,
    inboundLayers: (name) => (layer(name).inbound_nodes?.[0] ?? []).map(([from]) => from),
    weights: (name) => {
      layer(name); // throws for a name that is no layer
      return weights.get(name) ?? [];
    },
  };
}

/** Byte arrays (or buffers, or typed arrays' bytes) end to end, as a weights file holds a manifest's parts. */
export function concatBytes(parts: readonly (ArrayBuffer | ArrayBufferView)[]): Uint8Array {
  const views = parts.map((p) =>
    p instanceof ArrayBuffer ? new Uint8Array(p) : new Uint8Array(p.buffer, p.byteOffset, p.byteLength),
  );
  const out = new Uint8Array(views.reduce((n, v) => n + v.byteLength, 0));
  let at = 0;
  for (const v of views) {
    out.set(v, at);
    at += v.byteLength;
  }
  return out;
}
