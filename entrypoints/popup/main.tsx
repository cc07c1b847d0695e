import { render } from 'preact';
render(<p>ML Editor</p>, document.getElementById('app')!);
