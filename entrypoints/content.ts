import { startContentScript } from '../src/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame runs its own copy; about:blank and srcdoc frames (rich editors often live there) too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's legacy postMessage would tell every page our extension id; its CustomEvent is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentScript(ctx);
  },
});
