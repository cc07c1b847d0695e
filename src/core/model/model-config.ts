// What ships next to model.json: everything needed to turn a question into a calibrated score.
import type { Calibration, ScoreCeiling } from './calibration';
import type { VectoriserConfig } from './vectoriser';

export interface ModelConfig {
  /** e.g. `q-2026.11-1`. */
  version: string;
  vectoriser: VectoriserConfig;
  calibration: Calibration;
  /** Optional design bound applied after calibration (calibration.ts `underCeiling`); absent before q-2026.12-2. */
  ceiling?: ScoreCeiling;
  /** Calibrated probability at or above which a question is called "good" (chosen on validation). */
  threshold: number;
  /** The tokenizer the bag was built from (so a changed tokenizer is caught at load). */
  tokenizer: string;
  trainedAt: string;
  /**
   * Files of this version, relative to its folder. `closeReasons`: the close-reason head's model json
   * (close-head.ts), absent in versions without one.
   */
  files: { model: string; closeReasons?: string };
}

export const MODEL_CONFIG_FILE = 'config.json';
