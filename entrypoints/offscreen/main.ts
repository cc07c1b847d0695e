import { startOffscreenHost } from '../../src/extension/offscreen-host';

function main(): void {
  startOffscreenHost();
}

main();
