// The content script's context, in place of WXT's ContentScriptContext: wxt.config.ts points the build's
// 'wxt/utils/content-script-context' here. WXT's class also carries a location watcher, timers, event helpers
// and logging this script never uses (2.4 KB of its 40 KB budget); this keeps only what start.ts uses, with the
// same protocol as WXT's, so that copies of either kind stop each other: a new copy of the script (the extension
// was reloaded or updated) announces itself with a DOM event, and older copies go quiet, as they do once their
// extension context is gone.
import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/** What the content script uses of its context (start.ts types its `ctx` with this, so nothing else is used). */
export type ScriptContext = Pick<WxtContext, 'isInvalid' | 'onInvalidated' | 'setInterval'>;

export class ContentScriptContext implements ScriptContext {
  readonly #abort = new AbortController();
  readonly #id = Math.random().toString(36).slice(2);

  constructor(name: string) {
    // WXT's event name and detail: `${extension id}:${entrypoint}:wxt:content-script-started`
    const type = `${browser.runtime?.id}:content:wxt:content-script-started`;
    const newer = (e: Event) => {
      const detail = (e as CustomEvent).detail as { contentScriptName?: string; messageId?: string } | null;
      if (detail?.contentScriptName === name && detail.messageId !== this.#id) this.#abort.abort();
    };
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: this.#id } }));
    document.addEventListener(type, newer);
    this.onInvalidated(() => document.removeEventListener(type, newer));
  }

  /** True once a newer copy started or the extension was reloaded or removed (its runtime id is gone). */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.#abort.abort();
    return this.#abort.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.#abort.signal.addEventListener('abort', cb);
    return () => this.#abort.signal.removeEventListener('abort', cb);
  }

  /** setInterval that stops, and never calls `handler`, once the context is invalid. */
  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (!this.isInvalid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id as unknown as number;
  }
}
