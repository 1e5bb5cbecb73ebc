/**
 * `npm run desk -- --add-clerk NAME | --remove-clerk NAME | --list-clerks`:
 * managing the accounts in the clerks file. Each returns the line to print and
 * throws an Error with the Chinese message when it cannot do what was asked.
 */
import { t } from '../../../../src/i18n/zh-CN.ts';
import { CLERK_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, cleanClerkName, cleanPassword } from '../../../../src/lib/desk/clerk-name.ts';
import { readClerks, writeClerks } from './clerks-file.ts';
import { hashPassword } from './passwords.ts';

function validName(input: string): string {
  const name = cleanClerkName(input);
  if (name === undefined) throw new Error(t('desk.clerks.badName', { name: input, max: CLERK_NAME_MAX }));
  return name;
}

/** Adds `name`, or gives it a new password when it exists (and says which). */
export async function addClerk(file: string, input: string, readPassword: (name: string, min: number) => Promise<string | undefined>): Promise<string> {
  const name = validName(input);
  const clerks = readClerks(file);
  const typed = await readPassword(name, PASSWORD_MIN);
  if (typed === undefined) throw new Error(t('desk.clerks.mismatch'));
  const password = cleanPassword(typed);
  if (password === undefined) throw new Error(t('desk.clerks.badPassword', { min: PASSWORD_MIN, max: PASSWORD_MAX }));
  writeClerks(file, new Map([...clerks, [name, await hashPassword(password)]]));
  return t(clerks.has(name) ? 'desk.clerks.replaced' : 'desk.clerks.added', { name, file });
}

export function removeClerk(file: string, input: string): string {
  const name = validName(input);
  const clerks = new Map(readClerks(file));
  if (!clerks.delete(name)) throw new Error(t('desk.clerks.unknown', { name, file }));
  writeClerks(file, clerks);
  return t('desk.clerks.removed', { name, file });
}

export function listClerks(file: string): string {
  const names = [...readClerks(file).keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return names.length === 0 ? t('desk.clerks.listEmpty', { file }) : t('desk.clerks.list', { file, names: names.join('、') });
}

/**
 * Refuses to start a desk nobody can sign in to, naming the exact command;
 * `clerksOption` is the `--clerks FILE` the desk was started with, if any.
 */
export function requireClerks(file: string, clerksOption: string | undefined): void {
  if (readClerks(file).size > 0) return;
  const quoted = clerksOption !== undefined && /\s/.test(clerksOption) ? JSON.stringify(clerksOption) : clerksOption;
  const command = `npm run desk -- ${quoted === undefined ? '' : `--clerks ${quoted} `}--add-clerk ${t('desk.clerks.yourName')}`;
  throw new Error(t('desk.clerks.none', { file, command }));
}
