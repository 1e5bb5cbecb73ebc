/**
 * The 署名 step: before the CMS starts, the clerk types the name every commit
 * will carry; afterwards a small badge shows it with a 更换署名 button.
 * Plain DOM, since React is Decap's and not yet running.
 */
import { t } from '../../../../src/i18n/zh-CN.ts';
import { CLERK_NAME_MAX, cleanClerkName, clerkCookie, readClerk } from '../../../../src/lib/desk/clerk-cookie.ts';

// Above Decap's own UI (its modals use z-index up to 1000).
const STYLE = `
.desk-clerk-overlay { position: fixed; inset: 0; z-index: 10000; display: grid; place-items: center; background: rgb(0 0 0 / 0.45); font: 16px/1.6 system-ui, sans-serif; }
.desk-clerk-form { display: grid; gap: 12px; inline-size: min(22rem, 90vw); padding: 24px; border-radius: 8px; background: #fff; color: #222; }
.desk-clerk-form h1 { margin: 0; font-size: 1.25rem; }
.desk-clerk-form p { margin: 0; }
.desk-clerk-form input { font: inherit; padding: 6px 8px; }
.desk-clerk-form button, .desk-clerk-badge button { font: inherit; cursor: pointer; }
.desk-clerk-error { color: #b00020; }
.desk-clerk-badge { position: fixed; inset-block-end: 8px; inset-inline-end: 8px; z-index: 9999; display: flex; gap: 8px; align-items: center; padding: 4px 8px; border-radius: 6px; background: #fff; color: #222; box-shadow: 0 1px 4px rgb(0 0 0 / 0.3); font: 14px/1.5 system-ui, sans-serif; }
`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Shows the 署名 form and resolves with the name once the clerk submits a valid one. */
function askName(current: string | undefined): Promise<string> {
  return new Promise((resolve) => {
    const input = element('input', { id: 'desk-clerk-name', name: 'clerk', type: 'text', required: true, autocomplete: 'name', placeholder: t('desk.clerk.placeholder'), value: current ?? '' });
    const error = element('p', { className: 'desk-clerk-error', hidden: true }, t('desk.clerk.empty', { max: CLERK_NAME_MAX }));
    const form = element(
      'form',
      { id: 'desk-clerk-form', className: 'desk-clerk-form' },
      element('h1', {}, t('desk.clerk.title')),
      element('p', {}, t('desk.clerk.intro')),
      element('label', { htmlFor: input.id }, t('desk.clerk.label')),
      input,
      error,
      element('button', { type: 'submit' }, t('desk.clerk.submit')),
    );
    const overlay = element('div', { className: 'desk-clerk-overlay' }, form);
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-label', t('desk.clerk.title'));
    error.id = 'desk-clerk-error';
    input.setAttribute('aria-describedby', error.id);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = cleanClerkName(input.value);
      error.hidden = name !== undefined;
      if (name === undefined) return input.focus();
      overlay.remove();
      resolve(name);
    });
    document.body.append(overlay);
    input.focus();
  });
}

function remember(name: string): void {
  // The server reads this cookie on every save and writes the name as the commit author.
  document.cookie = clerkCookie(name);
}

/** Shows the badge with the current name and a button that asks for another. */
function showBadge(name: string): void {
  const label = element('span', { id: 'desk-clerk-current' }, t('desk.clerk.current', { name }));
  const change = element('button', { type: 'button' }, t('desk.clerk.change'));
  change.addEventListener('click', async () => {
    const next = await askName(readClerk(document.cookie));
    remember(next);
    label.textContent = t('desk.clerk.current', { name: next });
  });
  document.body.append(element('div', { className: 'desk-clerk-badge' }, label, change));
}

/** Resolves with the clerk's name: the one in the cookie, else the one typed into the form. */
export async function signIn(): Promise<string> {
  document.head.append(element('style', {}, STYLE));
  const name = readClerk(document.cookie) ?? (await askName(undefined));
  remember(name);
  showBadge(name);
  return name;
}
