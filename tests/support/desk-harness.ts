/**
 * A desk over a throwaway remote, for tests that attack it: a bare repository
 * seeded with the small fixture site, the desk's clone of it, a developer's
 * clone that pushes behind the desk's back, and an API client that talks the
 * way Decap's page does.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { addClerk } from '../../scripts/lib/desk/access/clerk-commands.ts';
import { signInAt } from './desk-setup.ts';
import { seededRemote } from './seeded-remote.ts';
import { ROOT, tempDir } from './build.ts';

export const BRANCH = 'main';

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_LITERAL_PATHSPECS: '1' } }).trim();

export interface Remote {
  dir: string;
  bare: string;
  /** A developer's clone: commits as 开发者 and pushes to the bare remote. */
  dev: string;
  /** The desk's accounts: every name in CLERKS, with PASSWORD. */
  clerksFile: string;
}

export const PASSWORD = 'desk-test-password';
export const CLERKS = ['王小编', '李大姐', '文员0', '文员1', '文员2', '文员3'];

/** A bare remote holding tests/fixtures/site-small under content/, a developer's clone of it, and the clerks' accounts. */
export async function makeRemote(label: string): Promise<Remote> {
  const dir = tempDir(label);
  const { bare, seed: dev } = seededRemote(dir, { branch: BRANCH, seedName: 'dev', committer: '开发者' });
  const clerksFile = join(dir, 'clerks.json');
  for (const name of CLERKS) await addClerk(clerksFile, name, async () => PASSWORD);
  return { dir, bare, dev, clerksFile };
}

/** Signs `name` in at the desk on `port`; the headers its page then sends (session cookie, token). */
export async function signIn(port: number, name: string): Promise<Record<string, string>> {
  const { cookie, csrf, answer } = await signInAt(port, `http://127.0.0.1:${port}`, name, PASSWORD);
  if (answer.status !== 200) throw new Error(`sign-in as ${name}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { cookie, 'x-desk-csrf': csrf };
}

/** The developer changes `path` (by `edit`) and pushes. */
export function developerPushes(remote: Remote, path: string, edit: (text: string) => string): void {
  git(remote.dev, 'pull', '--quiet', '--rebase', 'origin', BRANCH);
  const file = join(remote.dev, path);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  git(remote.dev, 'commit', '--quiet', '-am', `dev: ${path}`);
  git(remote.dev, 'push', '--quiet', 'origin', `HEAD:${BRANCH}`);
}

/** The remote's copy of `path`. */
export const remoteFile = (remote: Remote, path: string) => git(remote.dir, '--git-dir', remote.bare, 'show', `${BRANCH}:${path}`);

export interface Answer {
  status: number;
  body: unknown;
}

export interface ApiOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** `POST /api/v1` as the desk's page sends it, with the clerk's credentials in `headers`. */
export function deskApi(port: number, session: Record<string, string>) {
  return (action: string, params: Record<string, unknown>, { headers = {}, signal }: ApiOptions = {}): Promise<Answer> => {
    const payload = JSON.stringify({ action, params: { branch: BRANCH, ...params } });
    const base = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, ...session };
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1',
          headers: { ...base, ...headers, 'content-type': 'application/json' },
          ...(signal ? { signal } : {}),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  };
}

/** Decap's persistEntry for one news file. */
export function persistParams(
  path: string,
  raw: string,
  {
    newEntry = false,
    assets = [] as { path: string; content: string }[],
    baseIds,
  }: { newEntry?: boolean; assets?: { path: string; content: string }[]; baseIds?: Record<string, string | null> } = {},
) {
  return {
    dataFiles: [{ path, slug: path.replace(/^content\/news\/|\.md$/g, ''), raw }],
    assets: assets.map((a) => ({ ...a, encoding: 'base64' })),
    options: { newEntry, collectionName: 'news', useWorkflow: false, hasSubfolders: true, unpublished: false, status: 'draft' },
    ...(baseIds === undefined ? {} : { baseIds }),
  };
}

export interface DeskProcess {
  child: ChildProcess;
  port: number;
  lines: string[];
}

/** The desk's server in a process of its own (tests/support/desk-child.ts), so it can be killed mid-save. */
export async function startDeskProcess(args: {
  repoDir: string;
  clerksFile: string;
  port?: number;
  networkMs?: number;
  pushEveryMs?: number;
}): Promise<DeskProcess> {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'tests/support/desk-child.ts'),
      args.repoDir,
      BRANCH,
      String(args.port ?? 0),
      String(args.networkMs ?? 5000),
      String(args.pushEveryMs ?? 300),
      args.clerksFile,
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      lines.push(line);
      const m = /^PORT (\d+)$/.exec(line);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`desk exited (${code}): ${lines.join('\n')}`)));
  });
  return { child, port, lines };
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
