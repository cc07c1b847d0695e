// The hints for one analysed unit (a question's title + body, or a lone field): one badge and one panel for
// the whole question (at the body), and the underlines in each field. Text reaches the page only through textContent.
import type { UnitState } from './analysis-scheduler';
import { canApplyIn, findingKey, type FieldName, type Finding } from '../shared/finding';
import type { HintActionRequest, HintActionResponse } from '../shared/protocol';
import type { HintsRoot } from './hints-root';
import { gainText, type Target } from './hover-tip';
import { MirrorOverlay } from './mirror-overlay';
import { applyFix, isPlain, kindOf, type ApplyOutcome } from './apply-fix';
import { rectInView } from './frame-rect';
import { badgeAt, editorBox, panelAt } from './placement';
import { nextTabbable } from './tab-order';
import { byGain, countText, NEED_TEXT, NEED_TEXT_SHORT } from '../shared/score-words';

export type FieldElement = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export interface UnitFields {
  title: HTMLInputElement | null;
  body: FieldElement | null;
}

const BADGE_W = 34;
const BADGE_H = 20;
const PANEL_W = 320;
const PANEL_MAX_H = 420; // as in hints-root.ts: taller panels scroll

/** What the view asks of its controller. */
export interface ViewHooks {
  layout(): void;
  /** Apply changed the text: analyse now, without the typing debounce. */
  applied(): void;
  /** Ignore or a setting hid findings: redraw the underlines the controller owns. */
  redraw(): void;
  /** "Turn off this check": a setting, stored for every page. */
  turnOff(id: string): void;
}

export class UnitView {
  /** The one badge and the field it stands for: the body, or the lone field (a unit keeps its anchor). */
  readonly #anchor: FieldElement;
  readonly #badge: HTMLButtonElement;
  /** What the live region last said, so a settled analysis is announced once and only when it changed. */
  #announced = '';
  readonly #mirrors = new Map<Element, MirrorOverlay>();
  #panel: HTMLDivElement | null = null;
  #state: UnitState | null = null;

  readonly #root: HintsRoot;
  readonly #doc: Document;
  #fields!: UnitFields;
  readonly #hooks: ViewHooks;
  /** Suggestions hidden for this draft (Ignore), by finding id, field and the text it points at. */
  readonly #ignored = new Set<string>();
  #checksOff: readonly string[] = [];
  /** The editor selection when the panel opened, restored when Escape returns to the field. */
  #caret: Range | null = null;
  /** What the panel last said about an action (e.g. the text changed since the analysis). */
  #notice = '';

  constructor(root: HintsRoot, doc: Document, fields: UnitFields, hooks: ViewHooks) {
    this.#root = root;
    this.#doc = doc;
    this.#hooks = hooks;
    this.#fields = fields;
    this.#anchor = (fields.body ?? fields.title)!;
    this.#badge = this.#createBadge();
    this.syncFields(fields);
  }

  /** The checks turned off in the settings. */
  setChecksOff(ids: readonly string[]): void {
    if (ids.join() === this.#checksOff.join()) return;
    this.#checksOff = ids;
    if (this.#state) this.render(this.#state);
    this.#hooks.redraw();
  }

  #key(f: Finding): string {
    const s = this.#state;
    return findingKey(f, s && 'input' in s && s.input ? s.input : { title: '', body: '' });
  }

  /** Whether a finding is shown (panel, underlines): not ignored for this draft, its check not turned off. */
  shows(f: Finding): boolean {
    return !this.#checksOff.includes(f.id) && !this.#ignored.has(this.#key(f));
  }

  /** The unit's title may be attached or detached after a rescan. */
  syncFields(fields: UnitFields): void {
    this.#fields = fields;
    const wanted: Element[] = [fields.title, fields.body].filter((x): x is FieldElement => x !== null);
    for (const [el, mirror] of this.#mirrors) {
      if (!wanted.includes(el)) {
        mirror.remove();
        this.#mirrors.delete(el);
      }
    }
    for (const el of wanted as FieldElement[]) {
      if (this.#mirrors.has(el)) continue;
      if (isPlain(el)) {
        const mirror = new MirrorOverlay(el, this.#doc);
        this.#mirrors.set(el, mirror);
        // mirrors go first so badges and panels paint above them
        this.#root.shadow.insertBefore(mirror.box, this.#root.shadow.firstChild?.nextSibling ?? null);
      }
    }
    if (this.#state) this.render(this.#state);
  }

  #createBadge(): HTMLButtonElement {
    const el = this.#anchor;
    const badge = this.#doc.createElement('button');
    badge.type = 'button';
    badge.className = 'badge';
    badge.setAttribute('data-ml-editor-badge', '');
    badge.dataset.field = el === this.#fields.title ? 'title' : 'body';
    badge.setAttribute('aria-haspopup', 'dialog');
    badge.dataset.state = 'analysing';
    badge.textContent = '…';
    badge.hidden = true;
    // Keep focus in the field when clicked with the mouse; keyboard users can still tab to it.
    badge.addEventListener('mousedown', (e) => e.preventDefault());
    badge.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      this.#togglePanel();
    });
    badge.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#panel) {
        this.closePanel();
        e.stopPropagation();
      } else if (e.key === 'Tab') {
        // the badge stands right after its field: Shift+Tab goes back to it, Tab to what followed it
        const to = e.shiftKey ? (el as HTMLElement) : nextTabbable(el);
        if (!to) return;
        e.preventDefault();
        this.closePanel();
        to.focus();
      }
    });
    return this.#root.add(badge);
  }

  render(state: UnitState): void {
    const previous = this.#state;
    this.#state = state;
    // a scored result comes with its points and label (the background works them out: shown-score.ts)
    const shown = state.state === 'scored' ? state.result.shown : undefined;
    const count = state.result ? this.#visibleFindings().length : 0;
    const badge = this.#badge;
    // The shadow root is open: a page may have deleted our badge. Put it back.
    if (badge.parentNode !== this.#root.shadow) this.#root.add(badge);
    badge.dataset.state = state.state === 'error' ? 'not-scorable' : state.state;
    if (state.state === 'error') badge.dataset.error = '';
    else delete badge.dataset.error;
    let words: string;
    if (shown) {
      badge.dataset.score = state.result!.score!.toFixed(3);
      badge.textContent = String(shown.points);
      badge.style.setProperty('--score-colour', shown.colour);
      delete badge.dataset.stale;
      words = `${shown.points} points, ${shown.label}, ${countText(count, 'suggestion')}`;
    } else if (state.state === 'analysing') {
      delete badge.dataset.score;
      // Keep the last number on screen, marked stale, rather than blanking it while the new one is computed.
      if (previous?.state === 'scored' || badge.dataset.stale !== undefined) badge.dataset.stale = '';
      if (badge.dataset.stale === undefined) badge.textContent = '…';
      words = 'analysing';
    } else {
      delete badge.dataset.score;
      delete badge.dataset.stale;
      // not scorable for a reason of the page's (only part of an editor readable, too long): say that one
      const pageReason = state.state === 'not-scorable' && !state.result ? state.reason : undefined;
      badge.textContent = state.state === 'error' ? 'Error' : pageReason ? 'No score' : NEED_TEXT_SHORT;
      words =
        state.state === 'error' ? `not scored: ${this.#reason() ?? 'the analysis failed'}` : (pageReason ?? NEED_TEXT);
    }
    badge.setAttribute('aria-label', `ML Editor, ${this.#fieldName()}: ${words}`);
    if (state.state !== 'analysing') this.#announce(`ML Editor: ${words}`);
    this.#expanded(this.#panel !== null);
    this.#renderMarks();
    if (this.#panel) this.#fillPanel(this.#panel);
    this.#hooks.layout();
  }

  /** What the badge speaks for: the question when title and body form one, else the lone field. */
  #fieldName(): string {
    const { title, body } = this.#fields;
    if (title && body) return 'question body';
    return body ? 'text field' : 'title field';
  }

  /** One polite announcement per settled analysis, and only when what it says changed. */
  #announce(text: string): void {
    if (text === this.#announced) return;
    this.#announced = text;
    this.#root.announce(text);
  }

  #visibleFindings(): Finding[] {
    const s = this.#state;
    return s?.result ? byGain(s.result.findings.filter((f) => this.shows(f))) : [];
  }

  #reason(): string | undefined {
    const s = this.#state;
    if (!s) return undefined;
    if (s.state === 'error' || (s.state === 'not-scorable' && !s.result)) return s.reason;
    if (s.state === 'scored' || s.state === 'not-scorable') return s.result?.reason;
    return undefined;
  }

  /** Finding spans for the plain fields (mirrors); rich editors are handled by the controller. */
  #renderMarks(): void {
    const s = this.#state;
    for (const [el, mirror] of this.#mirrors) {
      if (!s || s.state === 'analysing' || !s.result) {
        if (s?.state !== 'analysing') mirror.clear();
        continue;
      }
      const field: FieldName = el === this.#fields.title ? 'title' : 'body';
      const text = s.input[field];
      mirror.setMarks(
        text,
        s.result.findings.filter(
          (f) => f.scope === 'span' && f.span.field === field && f.span.end > f.span.start && this.shows(f),
        ),
      );
    }
  }

  /** Called from the input handler: cheap, only flags. */
  edited(el: Element): void {
    this.#mirrors.get(el)?.invalidate();
    // The shown score no longer matches the text: say so at once, not only when the debounced analysis starts.
    if (this.#badge.dataset.score !== undefined) this.#badge.dataset.stale = '';
  }

  #togglePanel(): void {
    if (this.#panel) {
      this.closePanel();
      return;
    }
    const panel = this.#doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'ML Editor suggestions');
    panel.setAttribute('data-ml-editor-panel', '');
    panel.tabIndex = -1;
    // Escape from anywhere in the panel: closed, and the person is back in the field where they were
    panel.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.closePanel(true);
    });
    // where the caret was in a rich editor (a plain field keeps its own selection while blurred)
    const sel = this.#doc.getSelection();
    this.#caret = sel?.rangeCount && this.#anchor.contains(sel.anchorNode) ? sel.getRangeAt(0).cloneRange() : null;
    this.#panel = this.#root.add(panel);
    this.#fillPanel(panel);
    this.#expanded(true);
    this.#hooks.layout();
    panel.focus({ preventScroll: true });
  }

  /** Closes the panel; `refocus` returns focus to the field with the caret where it was. */
  closePanel(refocus = false): void {
    const open = this.#panel !== null;
    this.#panel?.remove();
    this.#panel = null;
    this.#expanded(false);
    if (!refocus || !open) return;
    this.#anchor.focus({ preventScroll: true });
    if (this.#caret) {
      const sel = this.#doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(this.#caret);
    }
  }

  /** Tab from the field lands on its badge, as if the badge stood right after it in the page. */
  tabFromField(field: Element, e: KeyboardEvent): void {
    if (field !== this.#anchor || this.#badge.hidden || e.shiftKey || e.defaultPrevented) return;
    e.preventDefault();
    this.#badge.focus();
  }

  #expanded(open: boolean): void {
    this.#badge.setAttribute('aria-expanded', String(open));
  }

  #fillPanel(panel: HTMLDivElement): void {
    // a new result rebuilds the panel: keep the keyboard in it
    const hadFocus = panel.contains(this.#root.shadow.activeElement);
    this.#fill(panel);
    if (hadFocus && !panel.contains(this.#root.shadow.activeElement)) panel.focus({ preventScroll: true });
  }

  #fill(panel: HTMLDivElement): void {
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
      const e = this.#doc.createElement(tag);
      e.textContent = text;
      return e;
    };
    const s = this.#state;
    const findings = this.#visibleFindings();
    const shown = s?.state === 'scored' ? s.result.shown : undefined;
    const scored = !!shown;
    const heading = make(
      'h2',
      shown
        ? shown.line
        : s?.state === 'analysing' || !s
          ? 'Analysing…'
          : s.state === 'error'
            ? 'Not scored'
            : 'No score yet',
    );
    panel.replaceChildren(heading);
    if (scored) panel.append(make('p', 'Chance this question is well received.'));
    const reason = this.#reason();
    if (!scored && s?.state !== 'analysing')
      panel.append(make('p', s?.state === 'error' ? (reason ?? 'The analysis failed.') : NEED_TEXT));
    if (reason && !scored && s?.state !== 'error') panel.append(make('p', reason));
    const risk = shown?.risk;
    if (risk) {
      const p = make('p', risk.advice);
      p.className = 'risk';
      p.setAttribute('data-ml-editor-risk', '');
      p.prepend(make('b', risk.line), ' ');
      panel.append(p);
    }
    if (scored && !findings.length) panel.append(make('p', 'No suggestions.'));
    if (this.#notice) {
      const p = make('p', this.#notice);
      p.className = 'notice';
      p.setAttribute('data-ml-editor-notice', '');
      panel.append(p);
    }
    // the model's verified suggestions (largest gain first), then the heuristic tips
    for (const model of [true, false]) {
      const items = findings.filter((f) => (f.source === 'model') === model);
      if (!items.length) continue;
      if (!model) panel.append(make('h3', 'Tips'));
      const list = make('ul');
      for (const f of items) {
        const li = make('li', f.message);
        li.setAttribute('data-ml-editor-finding', f.id);
        li.dataset.source = f.source;
        if (f.gain != null) li.append(make('b', gainText(f.gain)));
        const quoted =
          f.scope === 'span' && s && 'input' in s ? s.input[f.span.field].slice(f.span.start, f.span.end) : '';
        if (quoted.trim()) li.append(make('q', quoted.length > 120 ? `${quoted.slice(0, 117)}…` : quoted));
        li.append(this.#actions(f, make));
        list.append(li);
      }
      panel.append(list);
    }
  }

  /** A finding's buttons: Apply or Insert template where its edit is concrete, Ignore, Turn off this check. */
  #actions(
    f: Finding,
    make: <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => HTMLElementTagNameMap[K],
  ): HTMLElement {
    const row = make('span');
    row.className = 'actions';
    const button = (label: string, action: string, run: () => void) => {
      const b = make('button', label);
      b.type = 'button';
      b.dataset.action = action;
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        run();
      });
      row.append(b);
    };
    const field = f.fix && this.#fields[f.fix.span.field];
    if (f.fix && field && canApplyIn(kindOf(field), f.fix)) {
      button(f.fix.placeholder ? 'Insert template' : 'Apply', 'apply', () => this.#apply(f));
    }
    button('Ignore', 'ignore', () => this.#ignore(f));
    button('Turn off this check', 'turn-off', () => this.#hooks.turnOff(f.id));
    return row;
  }

  #ignore(f: Finding): void {
    this.#ignored.add(this.#key(f));
    this.#notice = '';
    this.render(this.#state!);
    this.#hooks.redraw();
  }

  /** Apply, from the panel or the popup: the edit only if the field still holds the text it was computed on. */
  #apply(f: Finding): ApplyOutcome | 'gone' {
    const s = this.#state;
    const fix = f.fix;
    if (!s || !('input' in s) || !s.input || !fix) return 'changed';
    const field = this.#fields[fix.span.field];
    if (!field?.isConnected) return 'gone';
    const outcome = applyFix(field, fix, s.input[fix.span.field]);
    this.#notice =
      outcome === 'changed'
        ? 'Text changed: wait for the new analysis.'
        : outcome === 'unsupported'
          ? 'Cannot apply here: edit by hand.'
          : '';
    if (outcome === 'applied') {
      this.closePanel();
      this.#hooks.applied();
    } else if (this.#panel) this.#fillPanel(this.#panel);
    return outcome;
  }

  /**
   * The popup's view of this unit and its Apply / Ignore, through the panel's own code: it acts only on a
   * suggestion of the analysis it shows, and only while this unit shows that same analysis.
   */
  act(req: HintActionRequest): HintActionResponse {
    const s = this.#state;
    let outcome: HintActionResponse['outcome'] = 'shown';
    if (req.action !== 'view') {
      const same = s && 'input' in s && s.input && s.input.title === req.input.title && s.input.body === req.input.body;
      const f = same
        ? s.result.findings.find((x) => x.span.start === req.start && this.#key(x) === req.key)
        : undefined;
      if (!f) outcome = 'changed';
      else if (req.action === 'apply') outcome = this.#apply(f);
      else {
        this.#ignore(f);
        outcome = 'ignored';
      }
    }
    const fields: HintActionResponse['fields'] = {};
    for (const name of ['title', 'body'] as const) if (this.#fields[name]) fields[name] = kindOf(this.#fields[name]!);
    return { outcome, ignored: [...this.#ignored], fields };
  }

  /** The drawn mirror underlines, for the tooltip. */
  hits(): Target[] {
    return [...this.#mirrors.values()].flatMap((m) => m.hits);
  }

  /** Positions everything from the fields' current boxes (rAF pass; reads first, then writes). */
  layout(): void {
    const view = this.#doc.defaultView!;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const rects = new Map<Element, DOMRect>();
    // rectInView: a field in a same-origin frame (TinyMCE) measured in this page's viewport
    for (const el of [this.#anchor, ...this.#mirrors.keys()]) rects.set(el, rectInView(el, view));
    // the box to stay out of: the whole editor (toolbar included) around the badge's field
    const outer = rectInView(editorBox(this.#anchor), view);
    // no hints until the unit has been analysed at least once (untouched empty fields stay clean)
    const shown = (el: Element, r: DOMRect) =>
      this.#state !== null &&
      el.isConnected &&
      r.width > 0 &&
      r.height > 0 &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < vh &&
      r.left < vw;
    for (const [el, mirror] of this.#mirrors) mirror.layout(rects.get(el)!, shown(el, rects.get(el)!));
    const badge = this.#badge;
    badge.hidden = !shown(this.#anchor, rects.get(this.#anchor)!);
    if (!badge.hidden) {
      const at = badgeAt(outer, badge.offsetWidth || BADGE_W, badge.offsetHeight || BADGE_H, vw, vh);
      badge.style.left = `${at.left}px`;
      badge.style.top = `${at.top}px`;
    }
    if (this.#panel) {
      this.#panel.style.maxHeight = '';
      const at = panelAt(
        outer,
        this.#panel.offsetWidth || PANEL_W,
        Math.min(this.#panel.scrollHeight, PANEL_MAX_H),
        vw,
        vh,
      );
      this.#panel.style.left = `${at.left}px`;
      this.#panel.style.top = `${at.top}px`;
      this.#panel.style.maxHeight = `${at.maxHeight}px`;
    }
  }

  destroy(): void {
    this.#badge.remove();
    for (const m of this.#mirrors.values()) m.remove();
    this.#mirrors.clear();
    this.closePanel();
  }
}
