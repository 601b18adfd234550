import { render } from 'preact';
import { Popup } from '../../components/Popup';

render(<Popup />, document.getElementById('app')!);
