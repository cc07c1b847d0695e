import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, parseHintAction, parseRequest } from '../../src/shared/protocol';

const input = { title: 'How do I parse JSON?', body: 'Body text' };

describe('parseRequest accepts the protocol’s messages', () => {
  it.each([
    [{ type: 'ml-editor/analyse', fieldId: 'f1', seq: 0, input }],
    [{ type: 'ml-editor/analyse', fieldId: 'f1', seq: 42, input: { title: '', body: '' } }],
    [{ type: 'ml-editor/offscreen-analyse', target: 'offscreen', key: '1:0:f1', seq: 3, input }],
    [{ type: 'ml-editor/forget-field', fieldId: 'f1' }],
    [{ type: 'ml-editor/warm-up' }],
    [{ type: 'ml-editor/page-settings' }],
    [{ type: 'ml-editor/turn-off-check', checkId: 'remove-noise' }],
  ])('%j', (message) => {
    expect(parseRequest(message)).toEqual(message);
  });

  it('keeps nothing but the type of a warm-up (it must carry no text)', () => {
    expect(parseRequest({ type: 'ml-editor/warm-up', input, extra: 'x' })).toEqual({ type: 'ml-editor/warm-up' });
  });

  it('keeps nothing but the type of a settings question (the page cannot name the site it asks for)', () => {
    expect(parseRequest({ type: 'ml-editor/page-settings', url: 'https://other.example/' })).toEqual({
      type: 'ml-editor/page-settings',
    });
  });
});

describe('parseRequest rejects anything else', () => {
  it.each([
    ['null', null],
    ['a string', 'ml-editor/analyse'],
    ['no type', { fieldId: 'f', seq: 1, input }],
    ['unknown type', { type: 'ml-editor/steal-settings' }],
    ['prototype key as type', { type: 'constructor' }],
    ['negative seq', { type: 'ml-editor/analyse', fieldId: 'f', seq: -1, input }],
    ['fractional seq', { type: 'ml-editor/analyse', fieldId: 'f', seq: 1.5, input }],
    ['string seq', { type: 'ml-editor/analyse', fieldId: 'f', seq: '1', input }],
    ['numeric fieldId', { type: 'ml-editor/analyse', fieldId: 1, seq: 1, input }],
    ['input without body', { type: 'ml-editor/analyse', fieldId: 'f', seq: 1, input: { title: 'x' } }],
    ['input body not a string', { type: 'ml-editor/analyse', fieldId: 'f', seq: 1, input: { title: '', body: ['x'] } }],
    [
      'input too long',
      { type: 'ml-editor/analyse', fieldId: 'f', seq: 1, input: { title: '', body: 'x'.repeat(MAX_INPUT_CHARS + 1) } },
    ],
    ['offscreen without target', { type: 'ml-editor/offscreen-analyse', key: 'k', seq: 1, input }],
    [
      'offscreen with another target',
      { type: 'ml-editor/offscreen-analyse', target: 'background', key: 'k', seq: 1, input },
    ],
    ['forget without fieldId', { type: 'ml-editor/forget-field' }],
    ['turn-off without a check id', { type: 'ml-editor/turn-off-check' }],
    ['turn-off with a check id that is not one', { type: 'ml-editor/turn-off-check', checkId: 'x<script>' }],
  ])('%s', (_name, message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe('parseHintAction: the popup’s Apply / Ignore to a content script', () => {
  const base = { type: 'ml-editor/hint-action', unitId: 'u1', input };
  it.each([
    [{ ...base, action: 'view' }],
    [{ ...base, action: 'apply', key: 'remove-noise\u0000body\u0000asap', start: 4 }],
    [{ ...base, action: 'ignore', key: 'title-too-short\u0000title\u0000', start: 0 }],
  ])('accepts %j', (message) => {
    expect(parseHintAction(message)).toEqual(message);
  });

  it.each([
    ['another type', { ...base, type: 'ml-editor/analyse', action: 'view' }],
    ['an unknown action', { ...base, action: 'type-text', key: 'k', start: 0 }],
    ['apply without a key', { ...base, action: 'apply', start: 0 }],
    ['ignore without a start', { ...base, action: 'ignore', key: 'k' }],
    ['a negative start', { ...base, action: 'apply', key: 'k', start: -1 }],
    ['no unit', { type: 'ml-editor/hint-action', action: 'view', input }],
    ['no input', { type: 'ml-editor/hint-action', unitId: 'u1', action: 'view' }],
    ['input too long', { ...base, action: 'view', input: { title: '', body: 'x'.repeat(MAX_INPUT_CHARS + 1) } }],
  ])('rejects %s', (_name, message) => {
    expect(parseHintAction(message)).toBeNull();
  });

  it('is not a request the background takes', () => {
    expect(parseRequest({ ...base, action: 'view' })).toBeNull();
  });
});
