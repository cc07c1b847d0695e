// What the checks, the question signals and the features read of one prose block. Its own file so that
// signals.ts and check.ts (which computes the signals) do not import each other.
import type { FieldName } from '../../shared/finding';
import type { ProseBlock } from '../document/question-document';
import type { BlockAnalysis } from '../nlp/block-analysis';

/** One prose block with its field and cached sentence/word analysis. */
export interface ProseView {
  block: ProseBlock;
  field: FieldName;
  analysis: BlockAnalysis;
}
