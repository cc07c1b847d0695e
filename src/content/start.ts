import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function startContentScript(ctx: ContentScriptContext): void {
  void ctx;
}
