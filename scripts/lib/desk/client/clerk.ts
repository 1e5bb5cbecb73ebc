/**
 * Signing in: before the CMS starts, the clerk gives the name and password of
 * their account (`npm run desk -- --add-clerk`); afterwards a small badge shows
 * who is signed in, with a 退出 button. A reload keeps the session (the
 * server's cookie). Plain DOM, since React is Decap's and not yet running.
 */
import { t } from '../../../../src/i18n/zh-CN.ts';
import { cleanClerkName } from '../../../../src/lib/desk/clerk-name.ts';
import { corner, cssRule } from './dom.ts';

/** The signed-in account and its token for `x-desk-csrf`, as `/api/session` answers. */
export interface DeskSession {
  name: string;
  csrf: string;
}

// Above Decap's own UI (its modals use z-index up to 1000).
const LOGIN_OVERLAY = cssRule('.desk-login-overlay', [
  'position: fixed',
  'inset: 0',
  'z-index: 10000',
  'display: grid',
  'place-items: center',
  'background: rgb(0 0 0 / 0.45)',
  'font: 16px/1.6 system-ui, sans-serif',
]);
const LOGIN_FORM = cssRule('.desk-login-form', [
  'display: grid',
  'gap: 12px',
  'inline-size: min(22rem, 90vw)',
  'padding: 24px',
  'border-radius: 8px',
  'background: #fff',
  'color: #222',
]);
const LOGIN_BADGE = cssRule('.desk-login-badge', [
  'display: flex',
  'flex: none',
  'white-space: nowrap',
  'gap: 8px',
  'align-items: center',
  'padding: 4px 8px',
  'border-radius: 6px',
  'background: #fff',
  'color: #222',
  'box-shadow: 0 1px 4px rgb(0 0 0 / 0.3)',
  'font: 14px/1.5 system-ui, sans-serif',
]);
const STYLE = `
${LOGIN_OVERLAY}
${LOGIN_FORM}
.desk-login-form h1 { margin: 0; font-size: 1.25rem; }
.desk-login-form p { margin: 0; }
.desk-login-form input { font: inherit; padding: 6px 8px; }
.desk-login-form button, .desk-login-badge button { font: inherit; cursor: pointer; }
.desk-login-error { color: #b00020; }
${LOGIN_BADGE}
`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** The session the server already has for this browser, if any. */
async function currentSession(): Promise<DeskSession | undefined> {
  const answer = await fetch('/api/session', { headers: JSON_HEADERS });
  return answer.ok ? ((await answer.json()) as DeskSession) : undefined;
}

/** The session, or the server's words for why not. */
async function postSignIn(name: string, password: string): Promise<DeskSession | string> {
  try {
    const answer = await fetch('/api/session', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ name, password }) });
    const body = (await answer.json()) as DeskSession & { error?: string };
    return answer.ok ? body : (body.error ?? t('desk.login.unreachable'));
  } catch {
    return t('desk.login.unreachable');
  }
}

function field(id: string, label: string, props: Partial<HTMLInputElement>): [HTMLLabelElement, HTMLInputElement] {
  return [element('label', { htmlFor: id }, label), element('input', { id, required: true, ...props })];
}

/** Shows the sign-in form and resolves once the server accepts a name and password. */
function askSignIn(): Promise<DeskSession> {
  return new Promise((resolve) => {
    const [nameLabel, name] = field('desk-login-name', t('desk.login.name'), { name: 'name', type: 'text', autocomplete: 'username' });
    const [passwordLabel, password] = field('desk-login-password', t('desk.login.password'), {
      name: 'password',
      type: 'password',
      autocomplete: 'current-password',
    });
    const error = element('p', { id: 'desk-login-error', className: 'desk-login-error', hidden: true });
    error.setAttribute('role', 'alert');
    const submit = element('button', { type: 'submit' }, t('desk.login.submit'));
    const title = element('h1', { id: 'desk-login-title' }, t('desk.login.title'));
    const form = element(
      'form',
      { id: 'desk-login-form', className: 'desk-login-form' },
      title,
      element('p', {}, t('desk.login.intro')),
      nameLabel,
      name,
      passwordLabel,
      password,
      error,
      submit,
    );
    const overlay = element('div', { className: 'desk-login-overlay' }, form);
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-labelledby', title.id);
    for (const input of [name, password]) input.setAttribute('aria-describedby', error.id);
    const fail = (message: string, focus: HTMLInputElement) => {
      error.textContent = message;
      error.hidden = false;
      focus.focus();
    };
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const clean = cleanClerkName(name.value);
      if (clean === undefined || password.value === '') return fail(t('desk.login.empty'), clean === undefined ? name : password);
      submit.disabled = true;
      const answer = await postSignIn(clean, password.value);
      submit.disabled = false;
      if (typeof answer === 'string') {
        password.value = '';
        return fail(answer, password);
      }
      overlay.remove();
      resolve(answer);
    });
    document.body.append(overlay);
    name.focus();
  });
}

/** The badge: who is signed in, and 退出 (which needs the page's fetch, with its token, already in place). */
export function showBadge(session: DeskSession): void {
  const signOut = element('button', { type: 'button' }, t('desk.login.signOut'));
  signOut.addEventListener('click', async () => {
    await fetch('/api/session', { method: 'DELETE' });
    localStorage.removeItem(DECAP_USER_KEY);
    location.reload();
  });
  // Bottom-left, under the status panel: the top bar holds Decap's buttons, the right half its preview.
  corner().append(
    element('div', { className: 'desk-login-badge' }, element('span', { id: 'desk-login-current' }, t('desk.login.current', { name: session.name })), signOut),
  );
}

// Where Decap keeps its signed-in user (decap-cms-core's backend.js, LocalStorageAuthStore).
const DECAP_USER_KEY = 'decap-cms-user';

/**
 * Our sign-in is the only one: Decap finds its proxy backend's user already
 * stored and restores it (the proxy's restoreUser asks nothing), so it never
 * shows its own 登录 page. Call before CMS.init.
 */
export function skipDecapLogin(): void {
  localStorage.setItem(DECAP_USER_KEY, JSON.stringify({ backendName: 'proxy' }));
}

/** Resolves with the session: the one the browser already has, else one from the form. */
export async function signIn(): Promise<DeskSession> {
  document.head.append(element('style', {}, STYLE));
  return (await currentSession()) ?? (await askSignIn());
}
