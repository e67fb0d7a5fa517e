// The example lab page's own script: reacts to a selection in either <coauthor-network>.
// An external file, so the page works under a Content-Security-Policy of `script-src 'self'`.
const line = document.getElementById('selection');

document.addEventListener('coauthor-select', (event) => {
  const widget = event.target;
  const { kind, label } = event.detail;
  const who = widget.id === 'becker' ? 'Emma S. Becker' : 'Paolo Glorioso';
  line.textContent =
    label === null
      ? 'Nothing selected.'
      : `In ${who}'s network: ${kind === 'paper' ? 'paper' : 'author'} “${label}”`;
});
