/** Plain DOM helpers for the desk's own bits of page (Decap's React is not ours to extend). */

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A CSS rule written as `selector { a; b; }`, its declarations listed one by one so a long rule reads down the page. */
export function cssRule(selector: string, declarations: readonly string[]): string {
  return `${selector} { ${declarations.join('; ')}; }`;
}

// Above Decap's own UI (its modals use z-index up to 1000).
const DIALOG = cssRule('.desk-dialog', [
  'position: fixed',
  'inset: 0',
  'z-index: 10001',
  'display: grid',
  'place-items: center',
  'background: rgb(0 0 0 / 0.45)',
  'font: 16px/1.6 system-ui, sans-serif',
]);
const DIALOG_BOX = cssRule('.desk-dialog-box', [
  'display: grid',
  'gap: 12px',
  'inline-size: min(34rem, 92vw)',
  'max-block-size: 90vh',
  'overflow: auto',
  'padding: 24px',
  'border-radius: 8px',
  'background: #fff',
  'color: #222',
]);
const CORNER = cssRule('.desk-corner', [
  'position: fixed',
  'inset-block-start: 6px',
  'inset-inline-end: 150px',
  'z-index: 9999',
  'display: flex',
  'flex-direction: row-reverse',
  'align-items: flex-start',
  'gap: 8px',
  'max-inline-size: min(44rem, calc(100vw - 600px))',
  'font: 14px/1.5 system-ui, sans-serif',
]);
const STATUS = cssRule('.desk-status', [
  'padding: 6px 10px',
  'border-radius: 6px',
  'background: #fff8e1',
  'color: #222',
  'box-shadow: 0 1px 4px rgb(0 0 0 / 0.3)',
  'font: 14px/1.5 system-ui, sans-serif',
]);
const NOTICE = cssRule('.desk-notice', [
  'position: fixed',
  'inset-block-start: 72px',
  'inset-inline-start: 50%',
  'transform: translateX(-50%)',
  'z-index: 10000',
  'padding: 8px 14px',
  'border-radius: 6px',
  'background: #1b5e20',
  'color: #fff',
  'font: 16px/1.5 system-ui, sans-serif',
]);
const STYLE = `
${DIALOG}
${DIALOG_BOX}
.desk-dialog-box h2 { margin: 0; font-size: 1.25rem; }
.desk-dialog-box p { margin: 0; }
.desk-dialog-box textarea { font: inherit; inline-size: 100%; min-block-size: 12rem; }
.desk-dialog-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.desk-dialog-actions button, .desk-status button { font: inherit; min-block-size: 44px; padding: 4px 12px; cursor: pointer; }
/* In Decap's top bar, right of the editor's buttons and left of the list's 新建: never over a field. */
${CORNER}
${STATUS}
.desk-status[hidden], .desk-save-status[hidden] { display: none; }
.desk-save-status { margin: 0; font-size: 16px; }
.desk-save-status small { display: block; color: #555; font-size: 13px; }
.desk-status ul { margin: 4px 0; padding-inline-start: 1.2em; }
/* Decap's own bits that cannot work here, by the stable class its build gives them (checked by tests/e2e/desk-status.spec.ts):
   点击以预览 (the desk has no deploy previews) and the avatar menu's 注销 (it led to Decap's second login page; the badge has 退出). */
.e1d2l9mo3, .e1gt62yu0 { display: none !important; }
${NOTICE}
.desk-notice:empty { display: none; }
`;

/** The bottom-left stack (status panel above the sign-in badge), away from the preview pane on the right. */
export function corner(): HTMLElement {
  ensureStyle();
  const found = document.querySelector<HTMLElement>('.desk-corner');
  if (found !== null) return found;
  const made = element('div', { className: 'desk-corner' });
  document.body.append(made);
  return made;
}

let styled = false;
export function ensureStyle(): void {
  if (styled) return;
  styled = true;
  document.head.append(element('style', {}, STYLE));
}

export interface DialogOptions {
  title: string;
  body: (Node | string)[];
  actions: { label: string; run: () => void }[];
}

/** A modal dialog; the first button gets the focus, any button closes it. */
export function showDialog({ title, body, actions }: DialogOptions): void {
  ensureStyle();
  const heading = element('h2', { id: `desk-dialog-${Date.now()}` }, title);
  const buttons = actions.map(({ label, run }) => {
    const button = element('button', { type: 'button' }, label);
    button.addEventListener('click', () => {
      overlay.remove();
      run();
    });
    return button;
  });
  const box = element('div', { className: 'desk-dialog-box' }, heading, ...body, element('div', { className: 'desk-dialog-actions' }, ...buttons));
  const overlay = element('div', { className: 'desk-dialog' }, box);
  overlay.setAttribute('role', 'alertdialog');
  overlay.setAttribute('aria-modal', 'true');
  overlay.setAttribute('aria-labelledby', heading.id);
  document.body.append(overlay);
  buttons[0]?.focus();
}

/** A polite live region at the top of the page; each message stays 8 s. */
export function noticeArea(): (text: string) => void {
  ensureStyle();
  const area = element('div', { className: 'desk-notice' });
  area.setAttribute('role', 'status');
  document.body.append(area);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    area.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => (area.textContent = ''), 8000);
  };
}
