/** Builds the reading controls and wires them: apply, remember, and reflect the reader's choices. */
import { parsePrefs, PREFS_KEY, prefsAttributes, serializePrefs, TEXT_SIZES, type ReadingPrefs, type TextSize } from '../lib/reader/reading-prefs.ts';

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

function button(label: string, attribute: string, value = ''): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'btn';
  b.textContent = label;
  b.setAttribute(attribute, value);
  return b;
}

/** 字号 [标准][大][特大] as a labelled group, then [高对比度]; labels come from the server-rendered data attributes. */
function build(root: HTMLElement): void {
  const { label = '', sizes = '', contrast = '' } = root.dataset;
  const group = document.createElement('div');
  group.className = 'sizes';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', label);
  const caption = document.createElement('span');
  caption.className = 'label';
  caption.setAttribute('aria-hidden', 'true');
  caption.textContent = label;
  const names = sizes.split(' ');
  group.append(caption, ...TEXT_SIZES.map((size, i) => button(names[i] ?? size, 'data-size', size)));
  root.append(group, button(contrast, 'data-contrast-toggle'));
}

if (controls) {
  build(controls);
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
