/**
 * `node scripts/fix-lockfile.ts` after any `npm install`: adds lock entries for
 * optional platform packages the registry here does not serve (e.g. the macOS and
 * Windows builds of @astrojs/compiler-binding 0.5.1). Without an entry `npm ci`
 * refuses the lock file; with one, npm skips the package on a platform it does not
 * match, exactly as it would with the full entry.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
  cpu?: string[];
  os?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

// Suffix of the platform package name → what npm matches it against (the longest matching suffix wins).
const PLATFORMS: ReadonlyArray<[string, Pick<LockEntry, 'cpu' | 'os' | 'libc'>]> = [
  ['linux-arm64-gnu', { cpu: ['arm64'], os: ['linux'], libc: ['glibc'] }],
  ['linux-arm64-musl', { cpu: ['arm64'], os: ['linux'], libc: ['musl'] }],
  ['linux-x64-gnu', { cpu: ['x64'], os: ['linux'], libc: ['glibc'] }],
  ['linux-x64-musl', { cpu: ['x64'], os: ['linux'], libc: ['musl'] }],
  ['win32-arm64-msvc', { cpu: ['arm64'], os: ['win32'] }],
  ['win32-x64-msvc', { cpu: ['x64'], os: ['win32'] }],
  ['android-arm64', { cpu: ['arm64'], os: ['android'] }],
  ['darwin-arm64', { cpu: ['arm64'], os: ['darwin'] }],
  ['darwin-x64', { cpu: ['x64'], os: ['darwin'] }],
  ['wasm32-wasi', { cpu: ['wasm32'] }],
  ['windows-arm64', { cpu: ['arm64'], os: ['win32'] }],
  ['windows-x64', { cpu: ['x64'], os: ['win32'] }],
  ['freebsd-x64', { cpu: ['x64'], os: ['freebsd'] }],
  ['linux-arm64', { cpu: ['arm64'], os: ['linux'] }],
  ['linux-x64', { cpu: ['x64'], os: ['linux'] }],
];

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const platform = PLATFORMS.filter(([suffix]) => dep.endsWith(suffix)).sort(([a], [b]) => b.length - a.length)[0];
    if (key in lock.packages || !platform) continue;
    lock.packages[key] = { version, optional: true, ...platform[1] };
    added.push(`${dep}@${version}`);
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(added.length ? `added lock entries: ${added.join(', ')}` : 'lock file complete');
