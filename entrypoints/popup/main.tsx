import { render } from 'preact';

render(<p>Key Doctor</p>, document.getElementById('app')!);
