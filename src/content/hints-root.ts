// The one in-page UI container: <ml-editor-root> on documentElement with an open shadow root.
// Its children are position:fixed and inherit pointer-events:none (badges and the panel opt back in).
export const ROOT_TAG = 'ml-editor-root';

const CSS = `:host{all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483646!important;pointer-events:none!important;display:block!important;--f:system-ui,sans-serif}:host>*{position:fixed}.badge{pointer-events:auto;min-width:26px;height:20px;padding:0 6px;box-sizing:border-box;border-radius:10px;border:1px solid rgba(0,0,0,.25);font:600 11px/18px var(--f);color:#fff;background:#6b7280;cursor:pointer;text-align:center}.badge:focus-visible{outline:2px solid #2563eb;outline-offset:1px}.badge[data-state="scored"]{background:var(--score-colour,#2563eb)}.badge[data-state="analysing"]{background:#9ca3af}.panel{pointer-events:auto;width:320px;max-height:420px;overflow:auto;box-sizing:border-box;background:#fff;color:#111827;border:1px solid #d1d5db;border-radius:8px;padding:8px 10px;box-shadow:0 6px 24px rgba(0,0,0,.18);font:13px/1.4 var(--f)}.panel h2{font-size:13px;margin:0 0 6px}.panel h3{font-size:12px;margin:10px 0 6px;color:#4b5563}.panel ul{list-style:none;margin:0;padding:0}.panel li{margin:0 0 8px;padding-left:8px;border-left:3px solid #d97706}.panel li[data-source="model"]{border-left-color:#7c3aed}.panel b{color:#7c3aed;margin-left:4px}.panel .risk b{display:block;color:#b91c1c;margin:0}.panel q{display:block;color:#4b5563;font-style:italic;margin-top:2px;overflow-wrap:anywhere}.mirror{overflow:hidden;box-sizing:border-box;color:transparent!important;background:transparent!important;border-color:transparent!important;border-style:solid}.mirror mark{all:unset;text-decoration:underline wavy #d97706;text-decoration-skip-ink:none;text-underline-offset:1px;text-decoration-thickness:1px}.mirror mark[data-source="model"]{text-decoration-color:#7c3aed}.live{width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.badge[data-stale]{opacity:.6;border-style:dashed;border-color:#111827}.panel .actions{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}.panel .actions button{font:12px/1.2 var(--f);padding:2px 8px;border-radius:4px;border:1px solid #6b7280;background:#fff;color:#111827;cursor:pointer}.panel .actions button[data-action="apply"]{background:#1d4ed8;border-color:#1d4ed8;color:#fff}.panel .actions button:focus-visible{outline:2px solid #2563eb;outline-offset:1px}.panel .notice{color:#92400e}.tip{max-width:280px;background:#1f2937;color:#fff;font:12px/1.35 var(--f);padding:4px 7px;border-radius:5px}[hidden]{display:none!important}`;

export class HintsRoot {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly #style: HTMLStyleElement;
  /** One polite live region for every unit: screen readers hear settled scores, never each keystroke. */
  readonly #live: HTMLElement;

  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
    this.host = doc.createElement(ROOT_TAG);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = (this.#style = doc.createElement('style'));
    style.textContent = CSS;
    this.shadow.appendChild(style);
    this.#live = doc.createElement('div');
    this.#live.className = 'live';
    this.#live.setAttribute('role', 'status');
    this.#live.setAttribute('aria-live', 'polite');
    this.#live.setAttribute('data-ml-editor-live', '');
    this.shadow.appendChild(this.#live);
  }

  announce(text: string): void {
    if (this.#live.parentNode !== this.shadow) this.shadow.appendChild(this.#live);
    this.#live.textContent = text;
  }

  /** Re-appends the root (and our style: the shadow root is open) if the page removed them. */
  attach(): void {
    if (this.host.parentNode !== this.#doc.documentElement) this.#doc.documentElement.appendChild(this.host);
    if (this.#style.parentNode !== this.shadow) this.shadow.prepend(this.#style);
  }

  add<T extends Element>(el: T): T {
    this.shadow.appendChild(el);
    return el;
  }

  remove(): void {
    this.host.remove();
  }
}
