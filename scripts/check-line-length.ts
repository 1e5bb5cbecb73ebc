/**
 * `npm run lint`'s last step: fails on a line of code over 160 characters, listing
 * each as file:line so it can be broken by hand (a long string split with +, a
 * comment rewrapped). Checks the files git knows, tracked or new but not ignored.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isLineChecked, longLines, MAX_LINE } from './lib/long-lines.ts';

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(isLineChecked);
let count = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted but not yet staged
  }
  for (const { line, length } of longLines(text)) {
    console.error(`${file}:${line}: ${length} characters (at most ${MAX_LINE})`);
    count++;
  }
}
if (count > 0) {
  console.error(`${count} line(s) over ${MAX_LINE} characters.`);
  process.exitCode = 1;
}
