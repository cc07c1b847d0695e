// The one in-page UI container: <ml-editor-root> on documentElement with an open shadow root.
// Its children are position:fixed and inherit pointer-events:none (badges and the panel opt back in).
import { pageTheme, THEME_CSS } from './theme';

export const ROOT_TAG = 'ml-editor-root';

const CSS = `:host{all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483646!important;pointer-events:none!important;display:block!important;--f:system-ui,sans-serif}:host>*{position:fixed}.badge,.panel{pointer-events:auto;box-sizing:border-box;cursor:default}.badge{min-width:26px;height:20px;padding:0 6px;border-radius:10px;border:1px solid #0004;font:600 11px/18px var(--f);color:var(--gf);background:var(--gb);cursor:pointer;text-align:center}.badge[data-state=scored]{background:var(--score-colour,#2563eb)}.badge[data-stale]{border:2px dashed var(--fg)}:focus-visible{outline:2px solid var(--ring);outline-offset:1px}.panel{width:320px;max-height:420px;overflow:auto;background:var(--bg);color:var(--fg);border:1px solid var(--li);border-radius:8px;padding:8px 10px;box-shadow:0 6px 24px #0003;font:13px/1.4 var(--f)}h2{font-size:13px;margin:0 0 6px}h3{font-size:12px;margin:10px 0 6px;color:var(--mu)}ul{list-style:none;margin:0;padding:0}li{margin:0 0 8px;padding-left:8px;border-left:3px solid var(--he)}li[data-source=model]{border-left-color:var(--mo)}b{color:var(--ga);margin-left:4px}.risk b{display:block;color:var(--ri);margin:0}.notice{color:var(--no)}q{display:block;color:var(--mu);font-style:italic;margin-top:2px;overflow-wrap:anywhere}.actions{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}button{font:12px/1.2 var(--f);padding:2px 8px;border-radius:4px;border:1px solid var(--mu);background:var(--bb);color:var(--bf);cursor:pointer}[data-action=apply]{background:var(--ab);border-color:var(--ab);color:var(--af)}.mirror{overflow:hidden;box-sizing:border-box;color:transparent;background:transparent;border-color:transparent;border-style:solid}.mirror mark{all:unset;text-decoration:underline wavy var(--he);text-decoration-skip-ink:none;text-underline-offset:1px;text-decoration-thickness:1px}.mirror mark[data-source=model]{text-decoration-color:var(--mo)}.live{width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.tip{max-width:280px;background:var(--tb);color:var(--tf);font:12px/1.35 var(--f);padding:4px 7px;border-radius:5px}[hidden]{display:none!important}`;

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
    const style = doc.createElement('style');
    this.#style = style;
    style.textContent = THEME_CSS + CSS;
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
    const theme = pageTheme(this.#doc.defaultView!);
    if (this.host.dataset.theme !== theme) this.host.dataset.theme = theme;
  }

  add<T extends Element>(el: T): T {
    this.shadow.appendChild(el);
    return el;
  }

  remove(): void {
    this.host.remove();
  }
}
