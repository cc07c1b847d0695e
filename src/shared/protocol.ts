// The one typed message protocol between the extension's contexts. Dependency-free.
// Pages cannot reach these: runtime messages only travel between the extension's own contexts
// (no externally_connectable), and every receiver checks the shape with the guards below.
import type { FieldKind, FieldName } from './finding';
import type { AnalysisResult, QuestionInput } from './question';

/** Content script → background: analyse this field's text. Answered with `AnalyseResponse`. */
export interface AnalyseRequest {
  type: 'ml-editor/analyse';
  /** Stable per field within the page. */
  fieldId: string;
  /** Increases with every edit of the field; older answers are dropped. */
  seq: number;
  input: QuestionInput;
}

export type AnalyseResponse =
  | { ok: true; seq: number; result: AnalysisResult }
  | { ok: false; seq: number; stale: true }
  | { ok: false; seq: number; stale: false; error: string };

/** Background → offscreen document (Chrome) that owns the worker. */
export interface OffscreenAnalyseRequest {
  type: 'ml-editor/offscreen-analyse';
  target: 'offscreen';
  key: string;
  seq: number;
  input: QuestionInput;
}

/** Content script → background: the field was removed, or the site was turned off. */
export interface ForgetFieldRequest {
  type: 'ml-editor/forget-field';
  fieldId: string;
}

/**
 * Content script → background: this page has a field, so get the worker ready (it loads the model before the
 * first text arrives). Carries no text.
 */
export interface WarmUpRequest {
  type: 'ml-editor/warm-up';
}

/**
 * Content script → background: whether this frame's site is on, and which checks are off, asked when the page
 * loads and whenever the settings change. Answered with `PageSettings`: the background decides from what the
 * browser says of the sending frame (its URL, or for an about:blank or srcdoc frame its origin), so the page
 * cannot pick which site's setting applies, and the content script carries neither the site rules nor the
 * stored settings' schema. The top frame's question also tells the background the page is loaded, so the
 * toolbar can say "off" before any typing.
 */
export interface PageSettingsRequest {
  type: 'ml-editor/page-settings';
}

export interface PageSettings {
  enabled: boolean;
  checksOff: string[];
}

/** Content script → background: "Turn off this check" was clicked in the panel (a setting; carries no text). */
export interface TurnOffCheckRequest {
  type: 'ml-editor/turn-off-check';
  checkId: string;
}

/** What the popup shows for one tab: its most recently edited field (kept in session storage). */
export interface TabAnalysis {
  tabId: number;
  url: string;
  /** The background's key of the field: tab, frame and the content script's field id. */
  fieldId: string;
  /** The frame whose content script owns the field, and that script's id for it: where the popup's actions go. */
  frameId: number;
  unitId: string;
  input: QuestionInput;
  result: AnalysisResult;
  updatedAt: number;
}

/**
 * Popup → the content script of the frame that owns a field (tabs.sendMessage with its frameId): 'view' asks
 * which suggestions are ignored and what kind each field is; 'apply' and 'ignore' act on one suggestion, through
 * the in-page panel's own code. Pages can neither send nor read these (only extension pages can message a
 * content script, and it checks that the sender is one); the content script answers with `HintActionResponse`.
 */
export interface HintActionRequest {
  type: 'ml-editor/hint-action';
  unitId: string;
  action: 'view' | 'apply' | 'ignore';
  /** The analysed text the popup shows: a field now holding another analysis answers 'changed'. */
  input: QuestionInput;
  /** The suggestion acted on: its findingKey() and where its span starts (one key can match twice). */
  key?: string;
  start?: number;
}

export interface HintActionResponse {
  /** 'shown' answers 'view'; 'gone': no such field on the page (any more). */
  outcome: 'shown' | 'applied' | 'ignored' | 'changed' | 'unsupported' | 'gone';
  /** findingKey()s of the suggestions ignored for this draft (with every answer but 'gone'). */
  ignored?: string[];
  /** The field's title and body, where it has them. */
  fields?: Partial<Record<FieldName, FieldKind>>;
}

export type ExtensionRequest =
  | AnalyseRequest
  | OffscreenAnalyseRequest
  | ForgetFieldRequest
  | WarmUpRequest
  | PageSettingsRequest
  | TurnOffCheckRequest;

const MAX_FIELD_TEXT = 200_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isQuestionInput(value: unknown): value is QuestionInput {
  return (
    isObject(value) &&
    typeof value.title === 'string' &&
    typeof value.body === 'string' &&
    value.title.length + value.body.length <= MAX_FIELD_TEXT
  );
}

const isSeq = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Narrows an untrusted message to a request of this protocol, or null. */
export function parseRequest(message: unknown): ExtensionRequest | null {
  if (!isObject(message) || typeof message.type !== 'string') return null;
  switch (message.type) {
    case 'ml-editor/analyse':
      return typeof message.fieldId === 'string' && isSeq(message.seq) && isQuestionInput(message.input)
        ? (message as unknown as AnalyseRequest)
        : null;
    case 'ml-editor/offscreen-analyse':
      return message.target === 'offscreen' &&
        typeof message.key === 'string' &&
        isSeq(message.seq) &&
        isQuestionInput(message.input)
        ? (message as unknown as OffscreenAnalyseRequest)
        : null;
    case 'ml-editor/warm-up':
      return { type: 'ml-editor/warm-up' };
    case 'ml-editor/forget-field':
      return typeof message.fieldId === 'string' ? (message as unknown as ForgetFieldRequest) : null;
    case 'ml-editor/page-settings':
      return { type: 'ml-editor/page-settings' };
    case 'ml-editor/turn-off-check':
      return typeof message.checkId === 'string' && /^[a-z0-9-]{1,64}$/.test(message.checkId)
        ? { type: 'ml-editor/turn-off-check', checkId: message.checkId }
        : null;
    default:
      return null;
  }
}

/** Narrows an untrusted message to a popup's hint action, or null. */
export function parseHintAction(message: unknown): HintActionRequest | null {
  const m = message as HintActionRequest;
  return isObject(m) &&
    m.type === 'ml-editor/hint-action' &&
    typeof m.unitId === 'string' &&
    isQuestionInput(m.input) &&
    (m.action === 'view' ||
      ((m.action === 'apply' || m.action === 'ignore') && typeof m.key === 'string' && isSeq(m.start)))
    ? m
    : null;
}

export const MAX_INPUT_CHARS = MAX_FIELD_TEXT;

/** One point of a draft's score history. */
export interface ScorePoint {
  at: number;
  score: number;
}
