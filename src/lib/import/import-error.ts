/** The one error the importer throws on purpose: input it cannot turn into an article. */
import { msg } from './messages.ts';

export type ImportErrorCode = 'empty' | 'binary' | 'no-article' | 'no-title';

const KEYS = {
  empty: 'error.empty',
  binary: 'error.binary',
  'no-article': 'error.noArticle',
  'no-title': 'error.noTitle',
} as const;

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: ImportErrorCode, params: Readonly<Record<string, string | number>> = {}) {
    super(msg(KEYS[code], { input: '', ...params }));
    this.name = 'ImportError';
    this.code = code;
    this.params = params;
  }

  /** The editor-facing line, naming the input file. */
  describe(input: string): string {
    return msg(KEYS[this.code], { ...this.params, input });
  }
}
