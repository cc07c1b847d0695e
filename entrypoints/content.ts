import { startContentScript } from '../src/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
