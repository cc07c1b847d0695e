// The real tfjs layers format (model.json + one weights .bin), written with tfjs (no tfjs-node): saving goes
// through a save handler that hands back the files' contents. Training and tests load them back into tfjs
// here; the runtime reads them without tfjs (layers-graph.ts).
import * as tf from '@tensorflow/tfjs';
import { concatBytes, WEIGHTS_BIN, type ModelFiles } from '../core/model/layers-graph';

export interface ExportOptions {
  /**
   * Name of the weights file the manifest points at (default weights.bin): a second model in the same folder needs its
   * own.
   */
  weightsFile?: string;
}

export async function exportModel(model: tf.LayersModel, options: ExportOptions = {}): Promise<ModelFiles> {
  const weightsFile = options.weightsFile ?? WEIGHTS_BIN;
  let files: ModelFiles | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const data = artifacts.weightData;
      const weights = concatBytes(data instanceof ArrayBuffer ? [data] : (data ?? []));
      const json = {
        format: 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [`./${weightsFile}`], weights: artifacts.weightSpecs }],
      };
      files = { modelJson: JSON.stringify(json), weights };
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  if (!files) throw new Error('model.save produced no artifacts');
  return files;
}

/** An IOHandler over model.json text and the bytes of its (single) weights file. */
export function memoryHandler(files: ModelFiles): tf.io.IOHandler {
  const json = JSON.parse(files.modelJson) as {
    modelTopology: object;
    weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[];
  };
  const specs = json.weightsManifest.flatMap((g) => g.weights);
  const buffer = files.weights.buffer.slice(
    files.weights.byteOffset,
    files.weights.byteOffset + files.weights.byteLength,
  );
  return tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: specs, weightData: buffer as ArrayBuffer });
}

export function loadModel(files: ModelFiles): Promise<tf.LayersModel> {
  return tf.loadLayersModel(memoryHandler(files));
}
