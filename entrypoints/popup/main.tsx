import { render } from 'preact';

render(<h1>Kommunalradar</h1>, document.getElementById('app')!);
