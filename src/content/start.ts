// Content script entry: per-site switch, and going quiet when the extension is reloaded.
import { ContentController } from './content-controller';
import { extensionPort } from './extension-port';
import type { ScriptContext } from './script-context';

export function startContentScript(ctx: ScriptContext): void {
  // ctx.isInvalid also notices a reload by itself (runtime.id disappears) and fires onInvalidated.
  const controller = new ContentController(document, extensionPort, () => !ctx.isInvalid);
  let unwatch: (() => void) | null = null;
  let unlisten: (() => void) | null = null;
  // After a reload of the extension this old copy must leave the page as it found it and never throw.
  ctx.onInvalidated(() => {
    try {
      unwatch?.();
      unlisten?.();
    } catch {
      // storage API already gone
    }
    controller.stop(false);
  });
  // Nothing tells an old copy that the extension was reloaded until it next touches an API: look once a second
  // (reading isInvalid checks runtime.id and fires onInvalidated), so stale badges go away without a keystroke.
  ctx.setInterval(() => void ctx.isInvalid, 1_000);
  // the latest question's answer only: two quick changes may be answered out of order
  let asked = 0;
  const refresh = () => {
    const n = ++asked;
    extensionPort.loadSettings().then(
      (settings) => {
        if (n !== asked || ctx.isInvalid) return;
        try {
          controller.applySettings(settings);
        } catch {
          // never throw into the page
        }
      },
      () => {},
    );
  };
  try {
    unwatch = extensionPort.watchSettings(refresh);
    unlisten = extensionPort.onHintAction((request) => controller.act(request));
  } catch {
    return;
  }
  // (the top frame's first question also names the tab's site, so its toolbar button can say "off" at once)
  refresh();
}
