import { render } from 'preact';
import { App } from '../../src/popup/App';
import '../../src/popup/popup.css';

function main(): void {
  render(<App search={location.search} />, document.getElementById('app')!);
}

main();
