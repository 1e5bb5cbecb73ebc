/** The one error the importer throws on purpose: input it cannot turn into an article. */
import { t } from '../../i18n/zh-CN.ts';

export type ImportErrorCode = 'empty' | 'binary' | 'no-article' | 'no-title';

const KEYS = {
  empty: 'import.error.empty',
  binary: 'import.error.binary',
  'no-article': 'import.error.noArticle',
  'no-title': 'import.error.noTitle',
} as const;

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: ImportErrorCode, params: Readonly<Record<string, string | number>> = {}) {
    super(t(KEYS[code], { input: '', ...params }));
    this.name = 'ImportError';
    this.code = code;
    this.params = params;
  }

  /** The editor-facing line, naming the input file. */
  describe(input: string): string {
    return t(KEYS[this.code], { ...this.params, input });
  }
}
