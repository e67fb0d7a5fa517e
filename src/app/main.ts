// The app page around <coauthor-network>: opens the sample profile, then files, drops, pastes and ?src=.
import '@fontsource-variable/inter';
import sample from '../../data/glorioso.txt?raw';
import './app.css';
import { readDroppedFile, setUpLoaders } from './loaders';

// A module of its own (a dynamic import is a chunk of its own): the element's workers import it,
// and must not run this page's code.
await import('../element/index');

const network = document.querySelector('coauthor-network');
if (!network) throw new Error('app: the page has no <coauthor-network>');
network.style.setProperty('--cn-font', "'Inter Variable', Inter, system-ui, sans-serif");

const src = new URL(location.href).searchParams.get('src');
if (src) network.src = src;
else void network.loadText(sample, 'glorioso.txt').catch(() => undefined);

setUpLoaders({
  load: (text, source) => void network.loadText(text, source).catch(() => undefined),
  readFile: readDroppedFile,
});
