// Underlines in contenteditable editors via the CSS Custom Highlight API: one highlight per finding source.
// Never touches the editor's DOM; the ::highlight() style goes into each root (document or shadow root) holding an
// editor.
// Each window has its own registry: ranges in a same-origin frame's editor are registered in that frame's window.

export type HighlightSource = 'heuristic' | 'model';
export const HIGHLIGHT_NAMES: Record<HighlightSource, string> = {
  heuristic: 'ml-editor-heuristic',
  model: 'ml-editor-model',
};

// light-dark(): the page's own colour scheme picks (and the OS's, where the page allows both), as in theme.ts.
const COLOURS: Record<HighlightSource, string> = {
  heuristic: 'light-dark(#b45309,#fbbf24)',
  model: 'light-dark(#6d28d9,#c4b5fd)',
};
const STYLE = Object.entries(COLOURS)
  .map(
    ([source, colour]) =>
      `::highlight(ml-editor-${source}){text-decoration:underline wavy ${colour};text-decoration-thickness:1px}`,
  )
  .join('');
const STYLE_ATTR = 'data-ml-editor-highlight-style';

interface HighlightCtor {
  new (...ranges: AbstractRange[]): { priority: number };
}

function supports(win: Window & typeof globalThis): boolean {
  try {
    return (
      typeof win.CSS !== 'undefined' &&
      'highlights' in win.CSS &&
      typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function'
    );
  } catch {
    return false; // a frame that navigated away
  }
}

export class HighlightLayer {
  readonly #owners = new Map<object, Record<HighlightSource, Range[]>>();
  readonly #styles = new Set<Element>();
  /** Every window we registered highlights in, to clear them all. */
  readonly #windows = new Set<Window & typeof globalThis>();

  readonly #win: Window & typeof globalThis;

  constructor(win: Window & typeof globalThis) {
    this.#win = win;
  }

  /** Makes ::highlight() apply inside `root` (a document or a shadow root). */
  ensureStyle(root: Document | ShadowRoot): void {
    if (!supports(this.#win)) return;
    const existing = root.querySelector?.(`style[${STYLE_ATTR}]`);
    if (existing) return;
    const isDoc = root.nodeType === 9;
    const doc = isDoc ? (root as Document) : (root.ownerDocument as Document);
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = STYLE;
    if (isDoc) (doc.head ?? doc.documentElement).appendChild(style);
    else root.appendChild(style);
    this.#styles.add(style);
  }

  set(owner: object, ranges: Record<HighlightSource, Range[]>): void {
    this.#owners.set(owner, ranges);
    this.#render();
  }

  delete(owner: object): void {
    if (this.#owners.delete(owner)) this.#render();
  }

  #render(): void {
    this.#windows.add(this.#win);
    for (const ranges of this.#owners.values())
      for (const r of [...ranges.heuristic, ...ranges.model])
        this.#windows.add(r.startContainer.ownerDocument!.defaultView as Window & typeof globalThis);
    for (const win of this.#windows) {
      if (!supports(win)) continue;
      const Ctor = (win as unknown as { Highlight: HighlightCtor }).Highlight;
      for (const source of Object.keys(HIGHLIGHT_NAMES) as HighlightSource[]) {
        const all: Range[] = [];
        for (const ranges of this.#owners.values())
          all.push(...ranges[source].filter((r) => r.startContainer.ownerDocument!.defaultView === win));
        const h = new Ctor(...all);
        h.priority = +(source === 'model'); // model colour wins where a tip overlaps it
        if (all.length) win.CSS.highlights.set(HIGHLIGHT_NAMES[source], h as never);
        else win.CSS.highlights.delete(HIGHLIGHT_NAMES[source]);
      }
    }
  }

  /** Clears every highlight and removes the injected styles. */
  destroy(): void {
    this.#owners.clear();
    for (const win of this.#windows)
      if (supports(win)) for (const name of Object.values(HIGHLIGHT_NAMES)) win.CSS.highlights.delete(name);
    this.#windows.clear();
    for (const style of this.#styles) style.remove();
    this.#styles.clear();
  }
}
