import { startBackgroundRouter } from '../src/extension/background-router';

export default defineBackground(() => {
  startBackgroundRouter();
});
