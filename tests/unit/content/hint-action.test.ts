// @vitest-environment happy-dom
// The page side of the popup's Apply and Ignore: the unit's view answers through the in-page panel's own code,
// edits only the text the popup's analysis was computed on (and only the field's own editing path makes it),
// and shares one ignore list with the panel. The real editors and Ctrl+Z are in tests/e2e/popup-actions.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnitState } from '../../../src/content/analysis-scheduler';
import { ContentController } from '../../../src/content/content-controller';
import { HintsRoot } from '../../../src/content/hints-root';
import { UnitView, type ViewHooks } from '../../../src/content/unit-view';
import { findingKey, type Finding } from '../../../src/shared/finding';
import type { HintActionRequest } from '../../../src/shared/protocol';
import type { QuestionInput } from '../../../src/shared/question';

const BODY = 'my script crashes on start, please help asap';
const NOISE = BODY.indexOf(', please help asap');
const input: QuestionInput = { title: 'Python script crashes', body: BODY };

const noise: Finding = {
  id: 'remove-noise',
  span: { field: 'body', start: NOISE, end: BODY.length },
  scope: 'span',
  message: 'Remove the plea for help.',
  severity: 'info',
  source: 'model',
  gain: 0.04,
  fix: { span: { field: 'body', start: NOISE, end: BODY.length }, text: '' },
};
const template: Finding = {
  id: 'add-error-text',
  span: { field: 'body', start: BODY.length, end: BODY.length },
  scope: 'field',
  message: 'Quote the exact error message.',
  severity: 'warning',
  source: 'model',
  fix: { span: { field: 'body', start: BODY.length, end: BODY.length }, text: '\n\nError: here', placeholder: [9, 13] },
};

const scored = (findings: Finding[], over: Partial<QuestionInput> = {}): UnitState => ({
  state: 'scored',
  seq: 1,
  input: { ...input, ...over },
  result: { state: 'scored', score: 0.4, findings, contributions: [], scorer: 'q-test', elapsedMs: 1 },
});

const request = (
  action: HintActionRequest['action'],
  f?: Finding,
  over: Partial<QuestionInput> = {},
): HintActionRequest => ({
  type: 'ml-editor/hint-action',
  unitId: 'u1',
  action,
  input: { ...input, ...over },
  ...(f ? { key: findingKey(f, { ...input, ...over }), start: f.span.start } : {}),
});

let title: HTMLInputElement;
let body: HTMLTextAreaElement;
let hooks: ViewHooks & { applied: ReturnType<typeof vi.fn<() => void>> };
let view: UnitView;
let hints: HintsRoot;
/** The editing commands the page was asked for: the field's own editing path (an undo step of the editor's). */
let commands: [string, string | undefined][];

beforeEach(() => {
  document.body.innerHTML = '<form><input id="title" name="title"><textarea id="body"></textarea></form>';
  title = document.querySelector('#title')!;
  body = document.querySelector('#body')!;
  title.value = input.title;
  body.value = BODY;
  commands = [];
  // happy-dom has no editing commands: this one does what the browser's insertText/delete do to a textarea
  document.execCommand = ((command: string, _ui?: boolean, text?: string) => {
    commands.push([command, text]);
    const el = document.activeElement as HTMLTextAreaElement;
    el.setRangeText(command === 'delete' ? '' : (text ?? ''), el.selectionStart, el.selectionEnd, 'end');
    return true;
  }) as typeof document.execCommand;
  hooks = { layout: vi.fn(), applied: vi.fn<() => void>(), redraw: vi.fn(), turnOff: vi.fn() };
  hints = new HintsRoot(document);
  view = new UnitView(hints, document, { title, body }, hooks);
});

afterEach(() => view.destroy());

function openPanel(): void {
  hints.shadow.querySelector<HTMLButtonElement>('[data-ml-editor-badge]')!.click();
  expect(hints.shadow.querySelector('[data-ml-editor-panel]')).not.toBeNull();
}

const panelIds = () =>
  [...hints.shadow.querySelectorAll<HTMLElement>('[data-ml-editor-panel] li')].map((li) => li.dataset.mlEditorFinding);

describe('the page answers the popup', () => {
  it('view: what kind each field is, and nothing ignored yet; nothing changes', () => {
    view.render(scored([noise, template]));
    expect(view.act(request('view'))).toEqual({
      outcome: 'shown',
      ignored: [],
      fields: { title: 'plain', body: 'plain' },
    });
    expect(body.value).toBe(BODY);
    expect(commands).toEqual([]);
  });

  it('a rich editor is an editor; a lone field has no title', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor);
    const alone = new UnitView(new HintsRoot(document), document, { title: null, body: editor }, hooks);
    alone.render(scored([]));
    expect(alone.act(request('view')).fields).toEqual({ body: 'editor' });
    alone.destroy();
  });

  it('apply: exactly the suggested edit, through the field’s editing commands, then a new analysis', () => {
    view.render(scored([noise, template]));
    expect(view.act(request('apply', noise)).outcome).toBe('applied');
    expect(body.value).toBe(BODY.slice(0, NOISE));
    expect(commands).toEqual([['delete', undefined]]);
    expect(hooks.applied).toHaveBeenCalledTimes(1);
  });

  it('apply of a template: inserted with its placeholder selected, as from the panel', () => {
    view.render(scored([noise, template]));
    expect(view.act(request('apply', template)).outcome).toBe('applied');
    expect(body.value).toBe(BODY + template.fix!.text);
    expect(body.value.slice(body.selectionStart, body.selectionEnd)).toBe('here');
  });

  it('the popup shows an older analysis than the page: changed, and nothing is edited', () => {
    view.render(scored([noise], { body: `${BODY} now` }));
    body.value = `${BODY} now`;
    expect(view.act(request('apply', noise)).outcome).toBe('changed');
    expect(body.value).toBe(`${BODY} now`);
    expect(commands).toEqual([]);
    expect(hooks.applied).not.toHaveBeenCalled();
  });

  it('the person typed since the analysis (the field no longer holds it): changed, and nothing is edited', () => {
    view.render(scored([noise]));
    body.value = `${BODY}!`;
    expect(view.act(request('apply', noise)).outcome).toBe('changed');
    expect(body.value).toBe(`${BODY}!`);
    expect(commands).toEqual([]);
  });

  it('while a new analysis runs (just after an Apply): changed, so a second click edits nothing', () => {
    view.render(scored([noise]));
    view.render({ state: 'analysing' });
    expect(view.act(request('apply', noise)).outcome).toBe('changed');
    expect(commands).toEqual([]);
  });

  it('a suggestion this analysis does not have: changed', () => {
    view.render(scored([template]));
    expect(view.act(request('apply', noise)).outcome).toBe('changed');
    expect(view.act({ ...request('apply', template), start: 0 }).outcome).toBe('changed');
    expect(commands).toEqual([]);
  });

  it('the field was removed from the page: gone, and nothing is edited', () => {
    view.render(scored([noise]));
    body.remove();
    expect(view.act(request('apply', noise)).outcome).toBe('gone');
    expect(commands).toEqual([]);
  });

  it('ignore: one list with the panel — hidden in the open panel, reported to the popup, the text untouched', () => {
    view.render(scored([noise, template]));
    openPanel();
    expect(panelIds()).toEqual(['remove-noise', 'add-error-text']);
    const answer = view.act(request('ignore', noise));
    expect(answer).toEqual({
      outcome: 'ignored',
      ignored: [findingKey(noise, input)],
      fields: { title: 'plain', body: 'plain' },
    });
    expect(panelIds()).toEqual(['add-error-text']);
    expect(view.shows(noise)).toBe(false);
    expect(hooks.redraw).toHaveBeenCalled(); // the editor's underlines are redrawn without it
    expect(body.value).toBe(BODY);
    expect(commands).toEqual([]);
  });

  it('an Ignore clicked in the panel is what the popup is told', () => {
    view.render(scored([noise, template]));
    openPanel();
    hints.shadow
      .querySelector<HTMLButtonElement>('li[data-ml-editor-finding="remove-noise"] button[data-action="ignore"]')!
      .click();
    expect(view.act(request('view')).ignored).toEqual([findingKey(noise, input)]);
  });

  it('Apply from the popup closes the open panel as the panel’s own Apply does', () => {
    view.render(scored([noise]));
    openPanel();
    view.act(request('apply', noise));
    expect(hints.shadow.querySelector('[data-ml-editor-panel]')).toBeNull();
  });
});

describe('the controller', () => {
  it('answers gone for a field it does not have, or while it is off', () => {
    const controller = new ContentController(document, {} as never);
    expect(controller.act(request('view'))).toEqual({ outcome: 'gone' });
    expect(controller.act(request('apply', noise))).toEqual({ outcome: 'gone' });
  });
});
