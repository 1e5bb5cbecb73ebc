/**
 * A save the checker refused, shown where the clerk can fix it: each problem
 * under the field it concerns (red text, the input `aria-invalid` and described
 * by it), others (a problem in another article, one no field holds) in a box
 * at the top of the form. They stay until the field is edited or the next save;
 * Decap's toast, which closes by itself, only says where to look.
 */
import { t } from '../../../../src/i18n/zh-CN.ts';
import { fieldCandidates, formLabel, problemText, readSaveProblems, toastText, type SaveProblem } from '../../../../src/lib/desk/save-problems.ts';
import { cssRule } from './dom.ts';

type Phrases = Record<string, unknown>;

const FORM_PROBLEMS = cssRule('.desk-form-problems', [
  'border: 2px solid #b3001b',
  'border-radius: 5px',
  'background: #fff4f4',
  'color: #5c000e',
  'font-size: 15px',
  'padding: 10px 16px',
  'margin: 16px 0 0',
]);
const STYLE = `
.desk-field-problem { color: #b3001b; font-size: 15px; font-weight: 600; margin: 6px 0 0; white-space: pre-line; }
/* Fixed: the words go, their room stays until the next save, so the form does not jump under the clerk's next click. */
.desk-field-problem.desk-fixed { visibility: hidden; }
[data-desk-invalid] { border-color: #b3001b !important; }
${FORM_PROBLEMS}
.desk-form-problems p { margin: 0 0 4px; font-weight: 600; }
.desk-form-problems ul { margin: 0; padding-inline-start: 20px; }
`;

/** Decap's failure toast in the desk's words (its details have the API error's name stripped below). */
export function withFieldWords(locale: Phrases): Phrases {
  const ui = (locale['ui'] ?? {}) as Record<string, Phrases>;
  return { ...locale, ui: { ...ui, toast: { ...ui['toast'], onFailToPersist: t('desk.fields.failToPersist') } } };
}

/** Installs the `fetch` wrapper and the toast cleaner; call once, before CMS.init. */
export function showFieldErrors(): void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  const marks = new FieldMarks();
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (!isSave(input, init)) return original(input, init);
    marks.clear();
    const response = await original(input, init);
    if (response.status !== 422) return response;
    const data = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { error?: unknown; problems?: unknown } | undefined;
    const problems = readSaveProblems(data?.problems);
    if (problems.length === 0) return response;
    marks.show(problems);
    // Decap shows `error` in its toast: plain words, no file path.
    return new Response(JSON.stringify({ ...data, error: toastText(problems) }), { status: 422, headers: { 'content-type': 'application/json' } });
  };
  stripErrorName();
}

function isSave(input: RequestInfo | URL, init: RequestInit | undefined): boolean {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (new URL(url, location.href).pathname !== '/api/v1' || typeof init?.body !== 'string') return false;
  try {
    return (JSON.parse(init.body) as { action?: unknown }).action === 'persistEntry';
  } catch {
    return false;
  }
}

/**
 * Decap prints a failed request as `API_ERROR: <answer>` (the error's name):
 * a word the clerk cannot read. Toasts are React-Toastify's static text, so
 * the name is taken out of the text as it appears.
 */
function stripErrorName(): void {
  const clean = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.nodeValue?.includes('API_ERROR: ') === true && node.parentElement?.closest('.Toastify') !== null)
        node.nodeValue = node.nodeValue.replaceAll('API_ERROR: ', '');
    }
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) clean(node);
  }).observe(document.body, { childList: true, subtree: true });
}

/** The problems on screen, put back if Decap re-renders a field. */
class FieldMarks {
  private pending: SaveProblem[] = [];
  private serial = 0;
  private scheduled = false;
  private readonly observer = new MutationObserver(() => this.schedule());

  show(problems: readonly SaveProblem[]): void {
    this.pending = problems.filter((p) => p.severity === 'error');
    this.observer.observe(document.body, { childList: true, subtree: true });
    this.apply();
    // The first problem in view, wherever the clerk had scrolled to.
    document.querySelector('.desk-form-problems, .desk-field-problem')?.closest('div')?.scrollIntoView({ block: 'center' });
  }

  clear(): void {
    this.pending = [];
    this.observer.disconnect();
    for (const el of document.querySelectorAll('.desk-field-problem, .desk-form-problems')) el.remove();
    for (const el of document.querySelectorAll('[data-desk-invalid]')) unmark(el);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.apply();
    });
  }

  /** Idempotent: marks each field not marked yet, rebuilds the box. */
  private apply(): void {
    const byControl = new Map<HTMLElement, { label: HTMLLabelElement; texts: string[] }>();
    const rest: SaveProblem[] = [];
    for (const p of this.pending) {
      const label = p.own ? findLabel(p.field) : undefined;
      const control = label?.parentElement?.parentElement;
      if (label === undefined || control === null || control === undefined) {
        rest.push(p);
        continue;
      }
      const entry = byControl.get(control) ?? { label, texts: [] };
      entry.texts.push(problemText(p));
      byControl.set(control, entry);
    }
    for (const [control, { label, texts }] of byControl) this.mark(control, label, texts);
    this.box(rest);
  }

  private mark(control: HTMLElement, label: HTMLLabelElement, texts: readonly string[]): void {
    let message = control.querySelector<HTMLElement>(':scope > .desk-field-problem');
    if (message === null) {
      message = document.createElement('p');
      message.className = 'desk-field-problem';
      message.id = `desk-problem-${++this.serial}`;
      control.append(message);
      // Editing the field (typing, 现在, 新增) takes its mark away: the clerk is fixing it.
      const fixed = () => this.fixed(control, label);
      for (const type of ['input', 'change']) control.addEventListener(type, fixed, { once: true });
      control.addEventListener('click', (event) => (event.target as Element).closest('button') !== null && fixed());
    }
    const text = texts.join('\n');
    if (message.textContent !== text) message.textContent = text;
    const input = inputOf(control, label);
    if (input !== null && input.dataset['deskInvalid'] === undefined) {
      input.dataset['deskInvalid'] = message.id;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
    }
  }

  private fixed(control: HTMLElement, label: HTMLLabelElement): void {
    this.pending = this.pending.filter((p) => !p.own || findLabel(p.field) !== label);
    control.querySelector(':scope > .desk-field-problem')?.classList.add('desk-fixed');
    for (const el of control.querySelectorAll('[data-desk-invalid]')) unmark(el);
  }

  private box(problems: readonly SaveProblem[]): void {
    const existing = document.querySelector('.desk-form-problems');
    if (problems.length === 0) {
      existing?.remove();
      return;
    }
    if (existing !== null) return;
    // Before the form's first field (Decap's control: label, in its top bar, in the control).
    const first = document.querySelector('label[for*="-field-"]')?.parentElement?.parentElement;
    const form = first?.parentElement;
    if (first === null || first === undefined || form === null || form === undefined) return;
    const box = document.createElement('div');
    box.className = 'desk-form-problems';
    box.setAttribute('role', 'alert');
    const title = document.createElement('p');
    title.textContent = t('desk.fields.boxTitle');
    const list = document.createElement('ul');
    for (const p of problems) {
      const item = document.createElement('li');
      item.textContent = problemText(p);
      list.append(item);
    }
    box.append(title, list);
    form.insertBefore(box, first);
  }
}

/**
 * The label of the form field a problem concerns. Decap's label is `for` an id
 * made from the field's name (`final-field-12`); same-named fields elsewhere in
 * the form are told apart by the label's text (终审人).
 */
function findLabel(field: string): HTMLLabelElement | undefined {
  for (const path of fieldCandidates(field)) {
    const name = path.slice(path.lastIndexOf('.') + 1);
    const labels = [...document.querySelectorAll<HTMLLabelElement>(`label[for^="${CSS.escape(name)}-field-"]`)];
    const text = formLabel(path);
    const named = labels.filter((l) => text === undefined || (l.textContent ?? '').startsWith(text));
    // Among photo blocks, the 图片内容 still empty is the one the problem is about.
    const empty = (l: HTMLLabelElement) => (document.getElementById(l.htmlFor) as HTMLInputElement | null)?.value === '';
    const label = (path === 'alt' ? named.find(empty) : undefined) ?? named[0] ?? labels[0];
    if (label !== undefined) return label;
  }
  return undefined;
}

/** The element a screen reader lands on: the labelled input, else the first input or editor in the field. */
function inputOf(control: HTMLElement, label: HTMLLabelElement): HTMLElement | null {
  const byId = label.htmlFor === '' ? null : document.getElementById(label.htmlFor);
  if (byId !== null && control.contains(byId)) return byId;
  return control.querySelector<HTMLElement>('input, textarea, select, [contenteditable="true"]');
}

function unmark(el: Element): void {
  const id = (el as HTMLElement).dataset['deskInvalid'];
  el.removeAttribute('aria-invalid');
  const rest = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x !== '' && x !== id);
  if (rest.length === 0) el.removeAttribute('aria-describedby');
  else el.setAttribute('aria-describedby', rest.join(' '));
  delete (el as HTMLElement).dataset['deskInvalid'];
}
