/**
 * `npm run screenshots`: pictures for a person to look at, not checks — every
 * page type in each reading mode, and the 红榜 pages, in tests/artifacts/screenshots/.
 * Builds the sample site as the browser tests' global setup does (or takes an
 * already built one: `npm run screenshots -- --dist DIR`) and serves it with
 * the production nginx config.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ReadingPrefs } from '../src/lib/reader/reading-prefs.ts';
import { launchBrowser } from './lib/browser/chromium.ts';
import { serveWithNginx } from './lib/browser/nginx.ts';
import { DESKTOP, MODES, PAGE_TYPES, pageWith, PHONE } from './lib/browser/reading-modes.ts';
import { ROOT } from './lib/repo-root.ts';
import { runBuild, SITE_NOW, tempDir } from './lib/run-build.ts';

const SHOTS = join(ROOT, 'tests/artifacts/screenshots');
type Viewport = { width: number; height: number };

const STANDARD = MODES[0]![1];
const XLARGE = MODES[2]![1];
/** Every page type, full length: each phone mode but the rarest, and the desktop at two sizes. */
const PAGE_SHOTS: [string, ReadingPrefs, Viewport][] = [
  ...MODES.filter(([name]) => name !== 'high contrast, xlarge').map(([name, prefs]): [string, ReadingPrefs, Viewport] => [name, prefs, PHONE]),
  ['desktop', STANDARD, DESKTOP],
  ['desktop xlarge', XLARGE, DESKTOP],
];
/** The 红榜: the year roll, the index and two honorees (with and without a portrait), first screen only. */
const HONOR_PATHS = ['/honors/2024/', '/honors/', '/honors/2024/tang-zhiqiang/', '/honors/2024/ma-weiguo/'];
const HONOR_SHOTS: [string, ReadingPrefs, Viewport][] = [
  ['phone-standard', STANDARD, PHONE],
  ['phone-xlarge', XLARGE, PHONE],
  ['phone-high-contrast', MODES[3]![1], PHONE],
  ['desktop', STANDARD, DESKTOP],
];

const slug = (path: string) => path.split('/').filter(Boolean).join('-');

function builtSite(): string {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  if (values.dist) return values.dist;
  const dist = join(tempDir('screenshots'), 'dist');
  console.log(`building the sample site into ${dist}`);
  const run = runBuild({ CONTENT_DIR: join(ROOT, 'content'), SITE_NOW, OUT_DIR: dist });
  if (run.status !== 0) throw new Error(`build failed:\n${run.output}`);
  return dist;
}

const server = await serveWithNginx(builtSite());
const browser = await launchBrowser();
try {
  mkdirSync(SHOTS, { recursive: true });
  let count = 0;
  for (const [mode, prefs, viewport] of PAGE_SHOTS) {
    const { page } = await pageWith(browser, prefs, viewport);
    for (const [label, path] of PAGE_TYPES) {
      await page.goto(server.url + path);
      await page.screenshot({ path: join(SHOTS, `${label}-${mode.replace(/[ ,]+/g, '-')}.png`), fullPage: true });
      count++;
    }
    await page.context().close();
  }
  for (const [mode, prefs, viewport] of HONOR_SHOTS) {
    const { page } = await pageWith(browser, prefs, viewport, false, 'light');
    for (const path of HONOR_PATHS) {
      await page.goto(server.url + path);
      await page.screenshot({ path: join(SHOTS, `honors-${slug(path)}-${mode}.png`) });
      count++;
    }
    await page.context().close();
  }
  console.log(`${count} screenshots in ${SHOTS}`);
} finally {
  await browser.close();
  await server.close();
}
