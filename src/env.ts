/**
 * Every environment variable the project reads, in one place (the table is
 * docs/environment.md). `parseEnv` turns variables into typed settings and is
 * pure; `readEnv` is the only code that reads `process.env`; `childEnv` is how a
 * child process gets the environment with project variables set. A unit test
 * (tests/unit/env-reads.test.ts) fails on a read anywhere else.
 */
import { resolve } from 'node:path';
import { parseChinaTime } from './lib/china-time.ts';
import { t } from './i18n/zh-CN.ts';

/** Variables as the process has them. */
export type EnvVars = Readonly<Record<string, string | undefined>>;

/** Every variable the project reads or sets for its children: docs/environment.md has a row for each (a test checks). */
export const ENV_NAMES = [
  'CONTENT_DIR',
  'SITE_NOW',
  'PREVIEW_DRAFTS',
  'OUT_DIR',
  'SEARCH_SHARD_SIZE',
  'SHEQU_RENDER_PLAN',
  'SHEQU_CODE_DIGEST',
  'SHEQU_ASTRO_CACHE_DIR',
  'SHEQU_PIPELINE_PID',
  'SHEQU_FAULT',
  'ASTRO_TELEMETRY_DISABLED',
  'CHROMIUM_PATH',
  'SITE_CONFIG',
  'SHEQU_PORTAL_DATA',
] as const;
export type EnvName = (typeof ENV_NAMES)[number];

/** The settings every entry point reads from the environment. */
export interface ProjectEnv {
  /** Absolute path of the content folder (`CONTENT_DIR`, default `./content`). */
  contentDir: string;
  /** "Now" for scheduling (`SITE_NOW`, default the real clock when the environment was read). */
  now: Date;
  /** The clock of a long-running process (the desk): `SITE_NOW` when set, else the real time at each call. */
  clock: () => Date;
  /** `SITE_NOW` itself, when set: the desk hands it to its page, whose clock it pins too. */
  siteNow: Date | undefined;
  /**
   * Keep drafts and scheduled articles, with a banner, for the editors' preview
   * (`PREVIEW_DRAFTS=1`, set by `npm run dev` only; the build refuses it).
   */
  previewDrafts: boolean;
  /** Where `npm run build` publishes (`OUT_DIR`, default `./dist`): a symlink to the live release. */
  outDir: string;
  /** Documents per older search shard (`SEARCH_SHARD_SIZE`); undefined: the stage's default. */
  searchShardSize: number | undefined;
  /** The render plan file the pipeline writes for `astro build` (`SHEQU_RENDER_PLAN`); undefined when Astro runs on its own. */
  renderPlan: string | undefined;
  /** The pipeline's digest of the code (`SHEQU_CODE_DIGEST`), part of every stored entry's digest; empty outside the pipeline. */
  codeDigest: string;
  /** Astro's cache folder for this content folder (`SHEQU_ASTRO_CACHE_DIR`, set by the pipeline); undefined: Astro's default. */
  astroCacheDir: string | undefined;
  /** The build pipeline's process, for an `astro build` it started (`SHEQU_PIPELINE_PID`): the child stops when it is gone. */
  pipelinePid: number | undefined;
  /** The stage the build fails on purpose (`SHEQU_FAULT`, tests only). */
  fault: string | undefined;
  /** A JSON file whose fields (name, url, member, district) replace src/site.config.ts's (`SITE_CONFIG`): a member or a portal without editing code. */
  siteConfig: string | undefined;
  /** What `npm run portal` fetched from the members, for the portal's pages (`SHEQU_PORTAL_DATA`, set by it). */
  portalData: string | undefined;
  /** The Chromium the browser tests, the search benchmark and the screenshots drive (`CHROMIUM_PATH`, default Debian's). */
  chromiumPath: string;
}

/** What the build's stages and the content loaders take from the environment. */
export type BuildEnv = Pick<ProjectEnv, 'contentDir' | 'now' | 'previewDrafts' | 'searchShardSize'>;

/** A variable with a value the project cannot use; the message names each one. */
export class EnvError extends Error {}

/**
 * The settings from `vars`, paths resolved against `cwd`. Throws one EnvError
 * naming every bad variable (`SITE_NOW=…: …`), not only the first.
 */
export function parseEnv(vars: EnvVars, cwd: string, clock: () => Date = () => new Date()): ProjectEnv {
  const problems: string[] = [];
  const bad = (name: EnvName, message: string): undefined => void problems.push(`${name}=${vars[name]}: ${message}`);
  const text = (name: EnvName): string | undefined => (vars[name] === '' ? undefined : vars[name]);

  const nowText = text('SITE_NOW');
  const fixed = nowText === undefined ? undefined : (parseChinaTime(nowText) ?? bad('SITE_NOW', t('env.badNow')));
  const drafts = text('PREVIEW_DRAFTS');
  if (drafts !== undefined && drafts !== '0' && drafts !== '1') bad('PREVIEW_DRAFTS', t('env.badDrafts'));
  const shard = text('SEARCH_SHARD_SIZE');
  const searchShardSize = shard === undefined ? undefined : /^[1-9]\d*$/.test(shard) ? Number(shard) : bad('SEARCH_SHARD_SIZE', t('env.badShardSize'));
  const cache = text('SHEQU_ASTRO_CACHE_DIR');
  if (problems.length > 0) throw new EnvError(problems.join('\n'));

  const pinned = fixed === undefined ? undefined : fixed.getTime();
  const clockNow = pinned === undefined ? clock : () => new Date(pinned);
  return {
    contentDir: resolve(cwd, text('CONTENT_DIR') ?? 'content'),
    now: clockNow(),
    clock: clockNow,
    siteNow: pinned === undefined ? undefined : new Date(pinned),
    previewDrafts: drafts === '1',
    outDir: resolve(cwd, text('OUT_DIR') ?? 'dist'),
    searchShardSize,
    renderPlan: text('SHEQU_RENDER_PLAN'),
    codeDigest: text('SHEQU_CODE_DIGEST') ?? '',
    astroCacheDir: cache === undefined ? undefined : resolve(cwd, cache),
    pipelinePid: /^[1-9]\d*$/.test(text('SHEQU_PIPELINE_PID') ?? '') ? Number(text('SHEQU_PIPELINE_PID')) : undefined,
    fault: text('SHEQU_FAULT'),
    chromiumPath: text('CHROMIUM_PATH') ?? '/usr/bin/chromium',
    portalData: text('SHEQU_PORTAL_DATA'),
    siteConfig: text('SITE_CONFIG') === undefined ? undefined : resolve(cwd, text('SITE_CONFIG') as string),
  };
}

let read: ProjectEnv | undefined;

/** This process's settings, read once (the build's "now" stays one instant). */
export function readEnv(): ProjectEnv {
  read ??= parseEnv(process.env, process.cwd());
  return read;
}

/**
 * The build's settings for Astro's side (content config, pages), read on first
 * use rather than on import, so a script importing this module can still report
 * a bad variable itself.
 */
export const BUILD_ENV: BuildEnv = {
  get contentDir() {
    return readEnv().contentDir;
  },
  get now() {
    return readEnv().now;
  },
  get previewDrafts() {
    return readEnv().previewDrafts;
  },
  get searchShardSize() {
    return readEnv().searchShardSize;
  },
};

/**
 * The environment for a child process: this one's, telemetry off (Astro would
 * otherwise ask on first run), then `extra` (a tool's own variables, e.g. git's)
 * and the project variables in `project`.
 */
export function childEnv(project: Partial<Record<EnvName, string>> = {}, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra, ...project };
}
