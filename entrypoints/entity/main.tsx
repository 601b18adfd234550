import { render } from 'preact';
import { EntityPage } from '../../components/EntityPage';

render(<EntityPage />, document.getElementById('app')!);
