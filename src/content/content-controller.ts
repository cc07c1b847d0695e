// Wires discovery, analysis and hints for one document. Everything it starts, stop() undoes.
import type { Finding } from '../shared/finding';
import type { HintActionRequest, HintActionResponse, PageSettings } from '../shared/protocol';
import { AnalysisScheduler, type UnitState } from './analysis-scheduler';
import type { ExtensionPort } from './extension-port';
import { discover, groupFields, hostOf, isField, ownedByParent } from './field-discovery';
import { HighlightLayer, type HighlightSource } from './highlights';
import { HintsRoot } from './hints-root';
import { caretAt, gainText, hitAt, type Target } from './hover-tip';
import { mapSpan, serialiseEditor, type Serialised } from './markdown-serialiser';
import { rebaseSpan } from './span-rebase';
import { isPlain } from './apply-fix';
import { frameOffset, rangeInView } from './frame-rect';
import { UnitView, type FieldElement, type UnitFields } from './unit-view';

const RESCAN_MS = 300;

interface Unit {
  id: string;
  fields: UnitFields;
  scheduler: AnalysisScheduler;
  view: UnitView;
  /** The rich body's serialisation per sent seq, to map finding offsets back to DOM text. */
  serialised: Map<number, Serialised<Node>>;
  editorObserver: MutationObserver | null;
  /** The editor's highlight ranges with their findings, for the tooltip. */
  hits: Target[];
  /** The last state shown, to redraw the underlines after Ignore or a setting change. */
  last: [UnitState, number] | null;
}

const PRE = /^(pre|pre-wrap|break-spaces)\b/;
/** A block that turns on preformatted white-space itself (its parent does not): code, or a source editor. */
function preformatted(node: Node): boolean {
  const el = node as Element;
  const ws = (e: Element | null) => (e ? e.ownerDocument.defaultView!.getComputedStyle(e).whiteSpace : '');
  return PRE.test(ws(el)) && !PRE.test(ws(el.parentElement));
}

const PARTIAL = 'Only part of the text could be read (the editor draws only the lines on screen), so it is not scored.';

export class ContentController {
  readonly #win: Window & typeof globalThis;
  #running: AbortController | null = null;
  #root: HintsRoot | null = null;
  #highlights: HighlightLayer | null = null;
  readonly #units = new Map<Element, Unit>(); // by anchor: body, or title when alone
  readonly #fieldUnit = new Map<Element, Unit>();
  #observers: MutationObserver[] = [];
  #resizeObserver: ResizeObserver | null = null;
  #observedRoots = new WeakSet<Node>();
  #rescanTimer: number | null = null;
  #layoutFrame: number | null = null;
  #tipFrame: number | null = null;
  #tip: HTMLElement | null = null;
  #pointer: [number, number] = [-1, -1];
  #nextId = 0;
  #checksOff: readonly string[] = [];
  readonly #prefix = Math.random().toString(36).slice(2, 8);

  readonly #doc: Document;
  readonly #port: ExtensionPort;
  /** False once the extension was reloaded or removed: then this copy goes quiet. */
  readonly #alive: () => boolean;

  constructor(doc: Document, port: ExtensionPort, alive: () => boolean = () => true) {
    this.#doc = doc;
    this.#port = port;
    this.#alive = alive;
    this.#win = doc.defaultView as Window & typeof globalThis;
  }

  applySettings(settings: PageSettings): void {
    // A same-origin frame's fields belong to its parent's copy, which can pair them with the parent's title.
    const enabled = !ownedByParent(this.#doc) && settings.enabled;
    this.#checksOff = settings.checksOff;
    for (const unit of this.#units.values()) unit.view.setChecksOff(settings.checksOff);
    if (enabled && !this.#running) this.start();
    else if (!enabled && this.#running) this.stop(true);
  }

  /** The popup's view of one of our units, or its Apply / Ignore there (`gone`: no such unit here, or we are off). */
  act(req: HintActionRequest): HintActionResponse {
    for (const unit of this.#units.values()) if (unit.id === req.unitId && this.#running) return unit.view.act(req);
    return { outcome: 'gone' };
  }

  start(): void {
    if (this.#running) return;
    const running = new AbortController();
    this.#running = running;
    const opts = { capture: true, passive: true, signal: running.signal };
    this.#root = new HintsRoot(this.#doc);
    this.#highlights = new HighlightLayer(this.#win);
    this.#win.addEventListener('resize', () => this.#scheduleLayout(), opts);
    this.#tip = this.#root.add(this.#doc.createElement('div'));
    this.#tip.className = 'tip';
    this.#tip.setAttribute('role', 'tooltip');
    this.#tip.hidden = true;
    this.#resizeObserver = new this.#win.ResizeObserver(() => this.#scheduleLayout());
    this.#observe(this.#doc);
    this.#rescan();
  }

  /** Removes every hint at once and stops all work. `forget` tells the background to drop our fields. */
  stop(forget: boolean): void {
    if (!this.#running) return;
    this.#running.abort();
    this.#running = null;
    for (const o of this.#observers) o.disconnect();
    this.#observers = [];
    this.#observedRoots = new WeakSet();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    if (this.#rescanTimer !== null) this.#win.clearTimeout(this.#rescanTimer);
    if (this.#layoutFrame !== null) this.#win.cancelAnimationFrame(this.#layoutFrame);
    if (this.#tipFrame !== null) this.#win.cancelAnimationFrame(this.#tipFrame);
    this.#rescanTimer = this.#layoutFrame = this.#tipFrame = this.#tip = null;
    for (const unit of new Set(this.#units.values())) this.#disposeUnit(unit, forget);
    this.#units.clear();
    this.#fieldUnit.clear();
    this.#highlights?.destroy();
    this.#highlights = null;
    this.#root?.remove();
    this.#root = null;
  }

  #observe(target: Document | ShadowRoot): void {
    if (this.#observedRoots.has(target)) return;
    this.#observedRoots.add(target);
    if (target.nodeType === 9) this.#listen(target as Document);
    const mo = new this.#win.MutationObserver(() => this.#scheduleRescan());
    mo.observe(target, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'readonly', 'disabled', 'data-ml-editor', 'data-gramm', 'type'],
    });
    this.#observers.push(mo);
  }

  /** The events of one document: ours, or a same-origin frame's. */
  #listen(doc: Document): void {
    const opts = { capture: true, passive: true, signal: this.#running!.signal };
    doc.addEventListener('input', (e) => this.#onInput(e), opts);
    doc.addEventListener('scroll', () => this.#scheduleLayout(), opts);
    doc.addEventListener('pointerdown', (e) => this.#onPointerDown(e), opts);
    // bubble phase, not passive: Tab from a field goes to its badge unless the editor used the key itself
    doc.addEventListener('keydown', (e) => this.#onKeyDown(e), { signal: this.#running!.signal });
    doc.addEventListener(
      'pointermove',
      (e) => {
        const [dx, dy] = frameOffset(doc, this.#win); // a frame's pointer, in our viewport
        this.#pointer = [e.clientX + dx, e.clientY + dy];
        this.#tipSoon();
      },
      opts,
    );
    // a frame finished loading: its document (and editor) is new
    doc.addEventListener(
      'load',
      (e) => /FRAME$/.test((e.target as Element).tagName ?? '') && this.#scheduleRescan(),
      opts,
    );
    // the caret moved or left (selectionchange reaches us for editors, and for fields where the browser fires it);
    // keyup for the rest
    for (const type of ['selectionchange', 'keyup']) doc.addEventListener(type, () => this.#tipSoon(), opts);
  }

  #scheduleRescan(): void {
    if (this.#rescanTimer !== null || !this.#running) return;
    this.#rescanTimer = this.#win.setTimeout(() => {
      this.#rescanTimer = null;
      this.#rescan();
    }, RESCAN_MS);
  }

  #rescan(): void {
    if (!this.#running || !this.#root) return;
    const found = discover(this.#doc);
    for (const root of [...found.shadowRoots, ...found.frames]) this.#observe(root);
    const groups = groupFields(found.fields, this.#doc);
    const keep = new Set<Unit>();
    for (const fields of groups) {
      const anchor = (fields.body ?? fields.title)!;
      let unit = this.#units.get(anchor);
      if (!unit) unit = this.#createUnit(anchor, fields);
      else if (unit.fields.title !== fields.title) {
        unit.fields = fields;
        unit.view.syncFields(fields);
        unit.scheduler.markDirty();
      }
      keep.add(unit);
    }
    for (const [anchor, unit] of this.#units) {
      if (!keep.has(unit)) {
        this.#disposeUnit(unit, true);
        this.#units.delete(anchor);
      }
    }
    this.#fieldUnit.clear();
    for (const unit of keep) {
      for (const el of [unit.fields.title, unit.fields.body]) {
        if (!el) continue;
        this.#fieldUnit.set(el, unit);
        this.#resizeObserver?.observe(el);
      }
    }
    this.#scheduleLayout();
  }

  #createUnit(anchor: FieldElement, fields: UnitFields): Unit {
    const id = `${this.#prefix}-${++this.#nextId}`;
    const view = new UnitView(this.#root!, this.#doc, fields, {
      layout: () => this.#scheduleLayout(),
      // the editor updates its DOM on its own schedule: capture on the next frame, then skip the debounce
      applied: () => this.#win.requestAnimationFrame(() => unit.scheduler.flush()),
      redraw: () => unit.last && this.#onState(unit, ...unit.last),
      turnOff: (checkId) => this.#port.turnOffCheck(checkId),
    });
    const unit: Unit = {
      id,
      fields,
      view,
      serialised: new Map(),
      editorObserver: null,
      hits: [],
      last: null,
      scheduler: new AnalysisScheduler({
        fieldId: id,
        capture: (seq) => this.#capture(unit, seq),
        send: (req) => this.#port.analyse(req),
        onState: (state, seq) => this.#onState(unit, state, seq),
        setTimeout: (fn, ms) => this.#win.setTimeout(fn, ms),
        clearTimeout: (h) => this.#win.clearTimeout(h as number),
      }),
    };
    view.setChecksOff(this.#checksOff);
    // The first field of the page: the worker can load while the person reads or types.
    if (this.#nextId === 1) this.#port.warmUp();
    this.#units.set(anchor, unit);
    const body = fields.body;
    if (body && !isPlain(body)) {
      // Editors change their DOM without input events (toolbar, paste, undo): watch the text itself.
      unit.editorObserver = new this.#win.MutationObserver(() => unit.scheduler.markDirty());
      unit.editorObserver.observe(body, { childList: true, subtree: true, characterData: true });
      const root = body.getRootNode();
      if (root.nodeType === 9 || root.nodeType === 11) this.#highlights?.ensureStyle(root as Document | ShadowRoot);
    }
    // Prefilled text (drafts, edits) is analysed once on discovery.
    if (this.#hasText(fields)) unit.scheduler.flush();
    return unit;
  }

  #hasText(fields: UnitFields): boolean {
    const text = (el: FieldElement | null) =>
      el ? (isPlain(el) ? (el as HTMLTextAreaElement).value : (el.textContent ?? '')) : '';
    return (text(fields.title) + text(fields.body)).trim().length > 0;
  }

  #capture(unit: Unit, seq: number): { title: string; body: string; unread?: string } {
    const { title, body } = unit.fields;
    const titleText = title ? title.value : '';
    if (!body) return { title: titleText, body: '' };
    if (isPlain(body)) return { title: titleText, body: (body as HTMLTextAreaElement).value };
    const serialised = serialiseEditor<Node>(body, { preformatted });
    unit.serialised.set(seq, serialised);
    return { title: titleText, body: serialised.text, unread: serialised.partial ? PARTIAL : undefined };
  }

  #onState(unit: Unit, state: UnitState, seq: number): void {
    if (!this.#running) return;
    for (const key of unit.serialised.keys()) if (key < seq) unit.serialised.delete(key);
    if (unit.last?.[0] !== state) unit.view.render(state);
    unit.last = [state, seq];
    this.#tipSoon();
    if (state.state === 'analysing') return;
    const body = unit.fields.body;
    if (!body || isPlain(body) || !this.#highlights) return;
    const ranges: Record<HighlightSource, Range[]> = { heuristic: [], model: [] };
    const serialised = unit.serialised.get(seq);
    unit.hits = [];
    if (state.result && serialised) {
      for (const f of state.result.findings) if (unit.view.shows(f)) this.#addRanges(ranges, f, serialised, unit.hits);
    }
    this.#highlights.set(unit, ranges);
  }

  #addRanges(out: Record<HighlightSource, Range[]>, f: Finding, s: Serialised<Node>, hits: Target[]): void {
    if (f.scope !== 'span' || f.span.field !== 'body') return;
    for (const piece of mapSpan(s.segments, f.span.start, f.span.end)) {
      const node = piece.node as Text;
      // The text may have changed since it was sent: move the span with the edit, or drop it.
      const span = node.isConnected
        ? rebaseSpan(s.texts.get(node) ?? '', node.data, piece.startOffset, piece.endOffset)
        : null;
      if (!span) continue;
      const range = node.ownerDocument.createRange(); // live: follows later edits of the text
      range.setStart(node, span[0]);
      range.setEnd(node, span[1]);
      out[f.source].push(range);
      hits.push([rangeInView(range, this.#win), f]);
    }
  }

  /** Tab from a field goes to its badge (the badge stands right after the field in the keyboard order). */
  #onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Tab') return;
    const field = hostOf(e.composedPath()[0] as Element);
    if (field) this.#fieldUnit.get(field)?.view.tabFromField(field, e);
  }

  /** The whole per-keystroke cost: a map lookup, a flag and a timer. */
  #onInput(e: Event): void {
    if (!this.#alive()) {
      this.stop(false);
      return;
    }
    const target = (e.composedPath()[0] ?? e.target) as Element | null;
    if (target?.nodeType !== 1) return;
    let unit = this.#fieldUnit.get(target);
    if (!unit) {
      const host = hostOf(target);
      unit = host ? this.#fieldUnit.get(host) : undefined;
      if (!unit && host && isField(host)) {
        this.#rescan(); // a field we have not seen yet (added since the last scan)
        unit = this.#fieldUnit.get(host);
      }
    }
    if (!unit) return;
    unit.view.edited(target);
    unit.scheduler.markDirty();
    this.#scheduleLayout();
  }

  #onPointerDown(e: Event): void {
    // a click anywhere outside our UI closes open panels
    if (this.#root && e.composedPath().includes(this.#root.host)) return;
    for (const unit of this.#units.values()) unit.view.closePanel();
  }

  #scheduleLayout(): void {
    if (this.#layoutFrame !== null || !this.#running) return;
    this.#layoutFrame = this.#win.requestAnimationFrame(() => {
      this.#layoutFrame = null;
      if (!this.#running || !this.#root) return;
      if (!this.#alive()) return this.stop(false);
      this.#root.attach();
      for (const unit of this.#units.values()) unit.view.layout();
    });
  }

  /** At most one tooltip update per frame, whatever the rate of pointer or caret events. */
  #tipSoon(): void {
    if (this.#tipFrame !== null || !this.#running) return;
    this.#tipFrame = this.#win.requestAnimationFrame(() => {
      this.#tipFrame = null;
      const tip = this.#tip;
      if (!tip) return;
      const targets = [...this.#units.values()].flatMap((u) => [...u.hits, ...u.view.hits()]);
      const hit = targets.length ? (hitAt(targets, ...this.#pointer) ?? caretAt(targets, ...this.#focus())) : null;
      tip.hidden = !hit;
      if (!hit) return;
      const [f, r] = hit;
      tip.textContent = f.message + gainText(f.gain);
      // below the span, or above it near the bottom of the window
      tip.style.left = `${Math.max(4, Math.min(r.left, this.#win.innerWidth - 290))}px`;
      tip.style.top = `${r.bottom + 60 < this.#win.innerHeight ? r.bottom + 4 : r.top - 4 - tip.offsetHeight}px`;
    });
  }

  /** The focused element and selection, inside the same-origin frame that has the focus if there is one. */
  #focus(): [Element | null, Selection | null] {
    let doc = this.#doc;
    for (let frame = doc.activeElement; frame && /FRAME$/.test(frame.tagName); frame = doc.activeElement) {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (!inner) break;
      doc = inner;
    }
    return [doc.activeElement, doc.getSelection()];
  }

  #disposeUnit(unit: Unit, forget: boolean): void {
    unit.scheduler.dispose();
    unit.editorObserver?.disconnect();
    unit.view.destroy();
    this.#highlights?.delete(unit);
    for (const el of [unit.fields.title, unit.fields.body]) if (el) this.#resizeObserver?.unobserve(el);
    if (forget) this.#port.forget(unit.id);
  }
}
