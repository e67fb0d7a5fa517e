// The page's ways in: file picker, drag and drop anywhere, a paste box and pasting onto the page.

export interface Loaders {
  /** Shows `text` (a profile or a graph file) named `source` in messages. */
  load(text: string, source: string): void;
  readFile(file: File): Promise<string>;
}

export function readDroppedFile(file: File): Promise<string> {
  return file.text();
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`app: #${id} is missing from the page`);
  return element as T;
}

export function setUpLoaders({ load, readFile }: Loaders): void {
  const fileInput = byId<HTMLInputElement>('file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (file) load(await readFile(file), file.name);
    fileInput.value = '';
  });

  const toggle = byId<HTMLButtonElement>('paste-toggle');
  const box = byId<HTMLFormElement>('paste-box');
  const textarea = byId<HTMLTextAreaElement>('paste-text');
  const showBox = (open: boolean): void => {
    box.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) textarea.focus();
  };
  toggle.addEventListener('click', () => showBox(box.hidden === true));
  byId<HTMLButtonElement>('paste-cancel').addEventListener('click', () => showBox(false));
  box.addEventListener('submit', (event) => {
    event.preventDefault();
    if (textarea.value.trim() === '') return;
    load(textarea.value, 'pasted text');
    showBox(false);
  });

  // Pasting onto the page (not into a field) loads what was pasted.
  document.addEventListener('paste', (event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.trim() !== '') load(text, 'pasted text');
  });

  const overlay = byId<HTMLDivElement>('drop-overlay');
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean =>
    event.dataTransfer?.types.includes('Files') ?? false;
  document.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    overlay.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  document.addEventListener('drop', async (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) load(await readFile(file), file.name);
  });
}
