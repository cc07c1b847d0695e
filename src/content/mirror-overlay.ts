// Underlines for <textarea>/<input>: a copy of the field's text laid out the same way, drawn transparently
// over the field inside our shadow root, with the finding spans wrapped in <mark>. Reads the field only.
import type { Finding } from '../shared/finding';
import type { Target } from './hover-tip';

const SIDES = ['top', 'right', 'bottom', 'left'];
const COPIED = [
  ...'family size weight style variant stretch feature-settings'.split(' ').map((p) => `font-${p}`),
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-indent',
  'text-transform',
  'text-align',
  'direction',
  'tab-size',
  'word-break',
  'overflow-wrap',
  'hyphens',
  ...SIDES.map((side) => `padding-${side}`),
  ...SIDES.map((side) => `border-${side}-width`),
];

export class MirrorOverlay {
  readonly box: HTMLDivElement;
  readonly #content: HTMLDivElement;
  #text: string | null = null;
  #marks: Finding[] = [];
  #dirty = false;
  /** The drawn <mark>s with their findings, for the tooltip's hit tests. */
  hits: Target[] = [];

  readonly #field: HTMLTextAreaElement | HTMLInputElement;

  constructor(field: HTMLTextAreaElement | HTMLInputElement, doc: Document) {
    this.#field = field;
    this.box = doc.createElement('div');
    this.box.className = 'mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.#content = doc.createElement('div');
    this.box.appendChild(this.#content);
    this.box.hidden = true;
  }

  /** New finding spans for the text they were computed on. */
  setMarks(text: string, marks: Finding[]): void {
    this.#text = text;
    this.#marks = marks;
    this.#dirty = true;
  }

  clear(): void {
    this.#text = null;
    this.#marks = [];
    this.#dirty = true;
  }

  /** The user typed: offsets may no longer fit, so hide until the next result. */
  invalidate(): void {
    if (this.#marks.length) this.clear();
  }

  /** Called from the rAF layout pass with the field's current box. */
  layout(rect: DOMRect, visible: boolean): void {
    const doc = this.box.ownerDocument;
    if (this.#dirty) {
      this.#dirty = false;
      this.#content.replaceChildren();
      this.hits = [];
      if (this.#text !== null && this.#marks.length) {
        let at = 0;
        // stable sort: on equal starts the model suggestion (listed first) wins over the overlapping tip
        for (const f of [...this.#marks].sort((a, b) => a.span.start - b.span.start)) {
          const { start, end } = f.span;
          if (start < at || end > this.#text.length) continue;
          this.#content.append(doc.createTextNode(this.#text.slice(at, start)));
          const mark = doc.createElement('mark');
          mark.dataset.source = f.source;
          mark.textContent = this.#text.slice(start, end);
          this.#content.append(mark);
          this.hits.push([mark, f, this.#field]);
          at = end;
        }
        // a trailing newline needs a character after it to take up a line, as in the textarea
        this.#content.append(doc.createTextNode(`${this.#text.slice(at)}\u200b`));
      }
    }
    const show = visible && this.#marks.length > 0 && this.#field.value === this.#text;
    this.box.hidden = !show;
    if (!show) return;
    const cs = this.#field.ownerDocument.defaultView!.getComputedStyle(this.#field); // the field may be in a frame
    const s = this.box.style;
    for (const prop of COPIED) s.setProperty(prop, cs.getPropertyValue(prop));
    // The field's scrollbar narrows its text area; the mirror has none, so pad by its width.
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    const scrollbar = Math.max(0, this.#field.offsetWidth - this.#field.clientWidth - bl - br);
    s.paddingRight = `${(parseFloat(cs.paddingRight) || 0) + scrollbar}px`;
    const single = this.#field.tagName === 'INPUT';
    s.whiteSpace = single ? 'pre' : 'pre-wrap';
    if (!single && cs.whiteSpace === 'nowrap') s.whiteSpace = 'pre';
    s.left = `${rect.left}px`;
    s.top = `${rect.top}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    if (single) {
      // inputs centre their single line vertically
      s.lineHeight = `${this.#field.clientHeight - (parseFloat(cs.paddingTop) || 0) - (parseFloat(cs.paddingBottom) || 0)}px`;
    }
    this.#content.style.transform = `translate(${-this.#field.scrollLeft}px, ${-this.#field.scrollTop}px)`;
  }

  remove(): void {
    this.box.remove();
  }
}
