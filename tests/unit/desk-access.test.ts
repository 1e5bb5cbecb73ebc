/**
 * The desk's access rules (#25): passwords, sessions, wrong-password locks, which requests count as the desk's own,
 * the page's token, the clerks file (its CLI: tests/build/desk-clerks-cli.test.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { addClerk, listClerks, removeClerk, requireClerks } from '../../scripts/lib/desk/access/clerk-commands.ts';
import { readClerks } from '../../scripts/lib/desk/access/clerks-file.ts';
import { hashPassword, isPasswordHash, verifyPassword } from '../../scripts/lib/desk/access/passwords.ts';
import { deskAddresses, fromDeskPage, parsePublicUrl } from '../../scripts/lib/desk/access/request-checks.ts';
import { createSessionStore, csrfMatches, readCookie, SESSION_IDLE_MS, sessionCookie } from '../../scripts/lib/desk/access/sessions.ts';
import { createThrottle, lockFor, MAX_LOCK_MS } from '../../scripts/lib/desk/access/throttle.ts';
import { withCsrf } from '../../scripts/lib/desk/client/csrf.ts';
import { clientAddress } from '../../scripts/lib/desk/access/gate.ts';

describe('passwords', () => {
  test('a hash verifies its own password only, and stores its salt and cost', async () => {
    const stored = await hashPassword('桃园社区-2025');
    expect(isPasswordHash(stored)).toBe(true);
    expect(stored).toMatchObject({ algorithm: 'scrypt', N: 16384, r: 8, p: 1 });
    expect(JSON.stringify(stored)).not.toContain('桃园');
    expect(await verifyPassword('桃园社区-2025', stored)).toBe(true);
    expect(await verifyPassword('桃园社区-2026', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  test('the same password hashes differently each time (random salt)', async () => {
    const [a, b] = await Promise.all([hashPassword('same-password'), hashPassword('same-password')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  test('refuses a hash with nothing in it', async () => {
    expect(await verifyPassword('x', { algorithm: 'scrypt', N: 16384, r: 8, p: 1, salt: '', hash: '' })).toBe(false);
  });

  test.each([null, {}, { algorithm: 'md5', N: 1, r: 1, p: 1, salt: '', hash: '' }, { algorithm: 'scrypt', N: 0, r: 8, p: 1, salt: '', hash: '' }])(
    'isPasswordHash(%j) is false',
    (value) => {
      expect(isPasswordHash(value)).toBe(false);
    },
  );
});

describe('sessions', () => {
  test('live while used, gone after 12 hours idle', () => {
    let now = 0;
    const store = createSessionStore(() => now);
    const { id, session } = store.create('张三');
    expect(id).toMatch(/^[\w-]{43}$/);
    expect(session.csrf).not.toBe(id);
    now += SESSION_IDLE_MS - 1;
    expect(store.touch(id)).toEqual(session);
    now += SESSION_IDLE_MS - 1;
    expect(store.touch(id)).toEqual(session);
    now += SESSION_IDLE_MS;
    expect(store.touch(id)).toBeUndefined();
    now += 1;
    expect(store.touch(id)).toBeUndefined();
  });

  test('unknown and deleted ids have no session', () => {
    const store = createSessionStore(() => 0);
    const { id } = store.create('张三');
    expect(store.touch(undefined)).toBeUndefined();
    expect(store.touch(`${id}x`)).toBeUndefined();
    store.delete(id);
    expect(store.touch(id)).toBeUndefined();
  });

  test.each([
    ['the token', 'tok-123', true],
    ['another token of the same length', 'tok-124', false],
    ['a prefix', 'tok-12', false],
    ['nothing', undefined, false],
    ['the header twice', ['tok-123', 'tok-123'], false],
  ])('x-desk-csrf with %s', (_what, header, expected) => {
    expect(csrfMatches(header, { name: '张三', csrf: 'tok-123' })).toBe(expected);
  });

  test('the cookie: HttpOnly, SameSite=Strict, whole desk; Secure behind https; cleared with Max-Age=0', () => {
    expect(sessionCookie('abc', false)).toBe('desk_session=abc; HttpOnly; SameSite=Strict; Path=/');
    expect(sessionCookie('abc', true)).toBe('desk_session=abc; HttpOnly; SameSite=Strict; Path=/; Secure');
    expect(sessionCookie('', true)).toBe('desk_session=; HttpOnly; SameSite=Strict; Path=/; Secure; Max-Age=0');
    expect(readCookie('a=1; desk_session=abc ; b=2', 'desk_session')).toBe('abc');
    expect(readCookie('desk_sessionx=abc', 'desk_session')).toBeUndefined();
    expect(readCookie(undefined, 'desk_session')).toBeUndefined();
  });
});

describe('wrong-password locks', () => {
  test.each([
    [1, 3, 0],
    [2, 3, 0],
    [3, 3, 1000],
    [4, 3, 2000],
    [8, 3, 32_000],
    [40, 3, MAX_LOCK_MS],
    [9, 10, 0],
    [10, 10, 1000],
  ])('failure %i with %i free locks for %i ms', (failures, free, ms) => {
    expect(lockFor(failures, free)).toBe(ms);
  });

  test('per name and per address; a success clears what it names; a lock runs out', () => {
    let now = 0;
    const throttle = createThrottle(() => now);
    const name = { kind: 'name', value: '张三' } as const;
    const address = { kind: 'address', value: '10.0.0.5' } as const;
    for (let i = 0; i < 3; i++) throttle.failed([name, address]);
    expect(throttle.waitMs([name, address])).toBe(1000);
    expect(throttle.waitMs([{ kind: 'name', value: '李四' }, address])).toBe(0);
    now += 1000;
    expect(throttle.waitMs([name])).toBe(0);
    throttle.failed([name]);
    expect(throttle.waitMs([name])).toBe(2000);
    throttle.succeeded([name]);
    expect(throttle.waitMs([name])).toBe(0);
    for (let i = 0; i < 17; i++) throttle.failed([{ kind: 'name', value: `猜${i}` }, address]);
    expect(throttle.waitMs([{ kind: 'name', value: '王五' }, address])).toBe(1000);
  });

  test('an office’s shared address is locked for a minute at most, a name for longer', () => {
    const throttle = createThrottle(() => 0);
    const address = { kind: 'address', value: 'loopback' } as const;
    const name = { kind: 'name', value: '张三' } as const;
    for (let i = 0; i < 40; i++) throttle.failed([{ kind: 'name', value: `猜${i}` }, address]);
    expect(throttle.waitMs([address])).toBe(60_000);
    for (let i = 0; i < 20; i++) throttle.failed([name]);
    expect(throttle.waitMs([name])).toBe(15 * 60 * 1000);
  });
});

describe('whose failures count together', () => {
  const req = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;
  test('127.0.0.1 and ::1 are one computer; X-Forwarded-For is anyone’s to write without a proxy', () => {
    expect(clientAddress(req('127.0.0.1'), false)).toBe('loopback');
    expect(clientAddress(req('::1', '1.2.3.4'), false)).toBe('loopback');
    expect(clientAddress(req('10.0.0.9', '1.2.3.4'), true)).toBe('10.0.0.9');
  });
  test('behind the configured proxy, the address nginx added last', () => {
    expect(clientAddress(req('127.0.0.1', '6.6.6.6, 10.0.0.5'), true)).toBe('10.0.0.5');
    expect(clientAddress(req('127.0.0.1'), true)).toBe('loopback');
  });
});

describe('requests from the desk’s own page', () => {
  const local = deskAddresses(4330);
  const proxied = deskAddresses(4330, parsePublicUrl('https://desk.example.cn'));
  const page = (host: string | undefined, origin?: string, fetchSite?: string) => ({ host, origin, fetchSite });

  test.each([
    ['127.0.0.1 typed in the address bar', local, page('127.0.0.1:4330', undefined, 'none'), true],
    ['localhost, same origin', local, page('localhost:4330', 'http://localhost:4330', 'same-origin'), true],
    ['[::1]', local, page('[::1]:4330', 'http://[::1]:4330'), true],
    ['Host in capitals', local, page('LOCALHOST:4330'), true],
    ['another port', local, page('127.0.0.1:4331'), false],
    ['a rebound DNS name', local, page('evil.example:4330', 'http://evil.example:4330'), false],
    ['no Host', local, page(undefined), false],
    ['another site’s Origin', local, page('127.0.0.1:4330', 'http://evil.example'), false],
    ['an opaque Origin (sandboxed frame, file:)', local, page('127.0.0.1:4330', 'null'), false],
    ['https for the loopback origin', local, page('127.0.0.1:4330', 'https://127.0.0.1:4330'), false],
    ['a cross-site fetch', local, page('127.0.0.1:4330', undefined, 'cross-site'), false],
    ['a same-site fetch (another port of localhost)', local, page('127.0.0.1:4330', undefined, 'same-site'), false],
    ['the public URL through nginx ($host drops the port)', proxied, page('desk.example.cn', 'https://desk.example.cn', 'same-origin'), true],
    ['the public host without its origin over https', proxied, page('desk.example.cn', 'http://desk.example.cn'), false],
    ['the public host before --public-url was given', local, page('desk.example.cn', 'https://desk.example.cn'), false],
  ])('%s', (_what, addresses, request, expected) => {
    expect(fromDeskPage(request, addresses)).toBe(expected);
  });

  test('a sign-in must name its origin', () => {
    expect(fromDeskPage(page('127.0.0.1:4330'), local, true)).toBe(false);
    expect(fromDeskPage(page('127.0.0.1:4330', 'http://127.0.0.1:4330'), local, true)).toBe(true);
  });

  test.each(['desk.example.cn', 'ftp://desk.example.cn', 'https://desk.example.cn/desk/', 'https://u:p@desk.example.cn', 'https://desk.example.cn/?a'])(
    '--public-url %s is refused',
    (value) => {
      expect(() => parsePublicUrl(value)).toThrow(t('desk.publicUrl.bad', { value }));
    },
  );

  test('--public-url with a port keeps it in the origin', () => {
    const addresses = deskAddresses(4330, parsePublicUrl('https://desk.example.cn:8443/'));
    expect([...addresses.origins]).toContain('https://desk.example.cn:8443');
    expect([...addresses.hosts]).toEqual(expect.arrayContaining(['desk.example.cn:8443', 'desk.example.cn']));
  });
});

describe('the page’s fetch wrapper', () => {
  const seen: [string, string | null][] = [];
  const record: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push([url, new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('x-desk-csrf')]);
    return new Response('{}');
  };
  const wrapped = withCsrf(record, 'tok', 'http://localhost:4330/#/collections/news');

  test.each([
    ['a relative /api/ path', '/api/v1', 'tok'],
    ['an absolute same-origin URL', 'http://localhost:4330/api/session', 'tok'],
    ['a Request object', new Request('http://localhost:4330/api/v1', { headers: { 'content-type': 'application/json' } }), 'tok'],
    ['the page itself', '/desk.js', null],
    ['another origin', 'http://127.0.0.1:4330/api/v1', null],
  ])('%s', async (_what, input, expected) => {
    seen.length = 0;
    await wrapped(input);
    expect(seen[0]?.[1]).toBe(expected);
  });

  test('keeps the headers the caller set', async () => {
    seen.length = 0;
    let headers: Headers | undefined;
    await withCsrf(
      async (_input, init) => ((headers = new Headers(init?.headers)), new Response()),
      'tok',
      'http://localhost:4330/',
    )('/api/v1', { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(headers?.get('content-type')).toBe('application/json');
    expect(headers?.get('x-desk-csrf')).toBe('tok');
  });
});

describe('the clerks file', () => {
  const fresh = () => join(mkdtempSync(join(tmpdir(), 'shequ-clerks-')), 'sub', 'clerks.json');
  const password = (p: string) => async () => p;

  test('adds, replaces (saying so), lists and removes accounts; the file is private and replaced whole', async () => {
    const file = fresh();
    expect(await addClerk(file, ' 张三 ', password('password-1'))).toBe(t('desk.clerks.added', { name: '张三', file }));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const first = readClerks(file).get('张三');
    expect(first !== undefined && (await verifyPassword('password-1', first))).toBe(true);
    expect(await addClerk(file, '张三', password('password-2'))).toBe(t('desk.clerks.replaced', { name: '张三', file }));
    const second = readClerks(file).get('张三');
    expect(second !== undefined && (await verifyPassword('password-2', second))).toBe(true);
    await addClerk(file, 'Li Lei', password('password-3'));
    expect(listClerks(file)).toBe(t('desk.clerks.list', { file, names: '张三、Li Lei' }));
    expect(removeClerk(file, '张三')).toBe(t('desk.clerks.removed', { name: '张三', file }));
    expect([...readClerks(file).keys()]).toEqual(['Li Lei']);
    expect(readdirSync(join(file, '..'))).toEqual(['clerks.json']);
    expect(readFileSync(file, 'utf8')).not.toContain('password-3');
  });

  test.each([
    ['a short password', '张三', 'short', t('desk.clerks.badPassword', { min: 8, max: 256 })],
    ['two different passwords', '张三', undefined, t('desk.clerks.mismatch')],
    ['a name git cannot carry', '张三 <x@y>', 'password-1', t('desk.clerks.badName', { name: '张三 <x@y>', max: 20 })],
  ])('refuses %s and writes nothing', async (_what, name, typed, message) => {
    const file = fresh();
    await expect(addClerk(file, name, async () => typed)).rejects.toThrow(message);
    expect(readClerks(file).size).toBe(0);
  });

  test('no accounts: the desk refuses to start with the exact command', () => {
    const file = fresh();
    expect(() => requireClerks(file, undefined)).toThrow(t('desk.clerks.none', { file, command: 'npm run desk -- --add-clerk 您的姓名' }));
    expect(() => requireClerks(file, 'my clerks.json')).toThrow('npm run desk -- --clerks "my clerks.json" --add-clerk 您的姓名');
    expect(() => removeClerk(file, '张三')).toThrow(t('desk.clerks.unknown', { name: '张三', file }));
  });

  test('a damaged file is named, not taken for an empty one', () => {
    const file = fresh();
    const bad = join(mkdtempSync(join(tmpdir(), 'shequ-clerks-')), 'clerks.json');
    writeFileSync(bad, '{"clerks": {"张三": {"algorithm": "plain", "password": "x"}}}');
    expect(() => readClerks(bad)).toThrow(`${bad}: `);
    expect(readClerks(file).size).toBe(0);
  });
});
