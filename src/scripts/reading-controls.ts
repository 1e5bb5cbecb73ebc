/** Wires the reading controls: apply, remember, and reflect the reader's choices. */
import { parsePrefs, PREFS_KEY, prefsAttributes, serializePrefs, type ReadingPrefs, type TextSize } from '../lib/reading-prefs.ts';

const root = document.documentElement;
const controls = document.querySelector<HTMLElement>('[data-reading-controls]');

function load(): ReadingPrefs {
  try {
    return parsePrefs(localStorage.getItem(PREFS_KEY));
  } catch {
    return parsePrefs(null); // storage blocked: defaults for this page
  }
}

function apply(prefs: ReadingPrefs): void {
  root.removeAttribute('data-text-size');
  root.removeAttribute('data-contrast');
  for (const [name, value] of Object.entries(prefsAttributes(prefs))) root.setAttribute(name, value);
  controls?.querySelectorAll<HTMLButtonElement>('[data-size]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset['size'] === prefs.size)));
  controls?.querySelector('[data-contrast-toggle]')?.setAttribute('aria-pressed', String(prefs.contrast === 'high'));
}

function save(prefs: ReadingPrefs): void {
  apply(prefs);
  try {
    localStorage.setItem(PREFS_KEY, serializePrefs(prefs));
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

if (controls) {
  apply(load());
  controls.hidden = false;
  controls.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const prefs = load();
    const size = button.dataset['size'] as TextSize | undefined;
    if (size) save({ ...prefs, size });
    else if (button.hasAttribute('data-contrast-toggle')) save({ ...prefs, contrast: prefs.contrast === 'high' ? 'normal' : 'high' });
  });
}
