/**
 * Reads a password for `--add-clerk`: from the terminal without echo (twice,
 * to catch a typo), or, when stdin is a pipe, its first line (tests and scripts).
 */
import { t } from '../../../../src/i18n/zh-CN.ts';

/** Its first line, without the line end; '' when stdin is empty. */
function firstLine(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const done = () => {
      input.off('data', onData);
      input.pause();
      resolve(text.split(/\r?\n/)[0] ?? '');
    };
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) done();
    };
    input.on('data', onData);
    input.once('end', done);
    input.once('error', reject);
  });
}

/** One line typed at the terminal, echoing nothing; Ctrl-C or Ctrl-D gives up. */
function hiddenLine(input: NodeJS.ReadStream, output: NodeJS.WriteStream, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(prompt);
    let chars: string[] = [];
    input.setRawMode(true);
    input.resume();
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(chars.join(''));
    };
    const onData = (chunk: Buffer) => {
      for (const c of chunk.toString('utf8')) {
        if (c === '\r' || c === '\n') return finish();
        if (c === '\u0003' || c === '\u0004') return finish(new Error(t('desk.clerks.cancelled')));
        if (c === '\u007f' || c === '\b') chars = chars.slice(0, -1);
        else if (c >= ' ') chars.push(c);
      }
    };
    input.on('data', onData);
  });
}

/** The password, asked for `name`; undefined when the two typed ones differ. */
export async function readNewPassword(name: string, min: number, input = process.stdin, output = process.stderr): Promise<string | undefined> {
  if (!input.isTTY) return firstLine(input);
  const first = await hiddenLine(input, output, t('desk.clerks.prompt', { name, min }));
  const again = await hiddenLine(input, output, t('desk.clerks.promptAgain'));
  return first === again ? first : undefined;
}
