import { describe, expect, test } from 'vitest';
import { t, zhCN } from '../../src/i18n/zh-CN.ts';

const IMPORT_MESSAGES = Object.fromEntries(Object.entries(zhCN).filter(([key]) => key.startsWith('import.')));
import { formatReport, type ImportReport } from '../../src/lib/import/report.ts';

const report: ImportReport = {
  removed: { spam: 2, chrome: 5, code: 1, pinyin: 0, simplified: 0, fullWidth: 0, punctuation: 7, splits: 1, decoration: 0 },
  moved: ['title', 'source', 'review.first'],
  images: [
    { file: 'a-1.jpg', caption: '居民议事', src: 'https://img.example.com/1.jpg' },
    { file: 'a-2.jpg', caption: '' },
  ],
  missing: { publishedAt: true, source: false, review: ['review.second', 'review.final'] },
  splits: ['“好邻居”结对帮扶'],
  glued: ['今年社区完成的民生实事项目全部通过验收居民满意度很高'],
  unbalancedQuotes: ['他说：“好'],
  unknownCredits: ['审核：万千'],
  aboveTitle: ['松鹤新闻网'],
  assumed: [{ line: '明湖社区居委会', as: 'source' }],
  chromeLines: [],
};

describe('formatReport', () => {
  test('says what was cleaned, what moved, and exactly what the editor must do', () => {
    expect(formatReport(report, 'content/news/undated/images').join('\n')).toMatchInlineSnapshot(`
      "已清理：
      - 删除赌博、色情等垃圾广告 2 行
      - 删除网页杂项（导航、阅读数、上一篇/下一篇、相关新闻、版权和备案信息等）5 行
      - 删除脚本、内嵌框架、跟踪图片等可疑代码 1 处
      - 修正中文标点 7 处
      - 拆开粘连的段落和小标题 1 处
      已移入文章信息（front matter）：标题、来源、初审
      编辑还需要：
      - 补图片 content/news/undated/images/a-1.jpg，图注：居民议事（原图：https://img.example.com/1.jpg）
      - 补图片 content/news/undated/images/a-2.jpg，图注：图片说明待补
      - 补发布时间：原文没有写，请填 publishedAt，例如 "2025-03-08 09:30"
      - 补三审：原文缺少复审、终审，请在 review 下填写
      - 核对引题：标题上方的“松鹤新闻网”已删去；如果它是引题，请写进 kicker
      - 核对来源：标题下方的“明湖社区居委会”当作了来源，写进了 source；如果不是，请改掉或删去 source 这一行
      - 核对署名：原文的“审核：万千”没有对应的字段，已从正文删去，请决定是否补进文章信息
      - 核对分段：从粘连的文字里拆出了小标题，请确认拆得对：“好邻居”结对帮扶
      - 核对标点：这一句很长且没有标点，可能粘连了小标题或缺了句号：今年社区完成的民生实事项目全部通过验收居民满意度…
      - 核对引号：这一段的引号不成对：他说：“好
      - 以上都补齐后，把 draft: true 改为 draft: false 才会发布"
    `);
  });

  test('says so when nothing needed cleaning', () => {
    const clean = { ...report, removed: { spam: 0, chrome: 0, code: 0, pinyin: 0, simplified: 0, fullWidth: 0, punctuation: 0, splits: 0, decoration: 0 } };
    expect(formatReport(clean, 'x')[1]).toBe('- 没有需要清理的内容');
  });
});

describe('the chrome list', () => {
  const withChrome: ImportReport = {
    ...report,
    removed: { ...report.removed, chrome: 3, fullWidth: 18 },
    chromeLines: [
      '当前位置：首页 > 新闻中心 > 社区动态',
      '【字体：大 中 小】【打印】【关闭窗口】',
      '松鹤区人民政府办公室主办 松鹤区大数据中心承办 地址：松鹤区人民路1号 邮编：265400',
    ],
  };
  const lines = formatReport(withChrome, 'x');

  test('quotes every dropped line after what the editor must do, long ones cut short', () => {
    expect(lines.slice(lines.indexOf('删去的栏目和页面零件（请核对，如有正文请补回）：'))).toEqual([
      '删去的栏目和页面零件（请核对，如有正文请补回）：',
      '- “当前位置：首页 > 新闻中心 > 社区动态”',
      '- “【字体：大 中 小】【打印】【关闭窗口】”',
      '- “松鹤区人民政府办公室主办 松鹤区大数据中心承办 地址：松鹤区…”',
    ]);
    expect(lines.indexOf('- 以上都补齐后，把 draft: true 改为 draft: false 才会发布')).toBeLessThan(lines.length - 3);
  });

  test('counts the full-width characters it made half-width', () => {
    expect(lines).toContain('- 全角数字和字母改为半角 18 个');
  });

  test('is left out when nothing was dropped', () => {
    expect(formatReport(report, 'x').join('\n')).not.toContain('删去的栏目');
  });
});

describe('messages', () => {
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(t('import.report.written', { path: 'a.md' })).toBe('已写入 a.md（草稿）');
    expect(t('import.report.written')).toBe('已写入 {path}（草稿）');
    expect(t('import.report.chromeLine', { text: '$& {x}' })).toBe('- “$& {x}”');
    expect(t('import.report.chromeLine')).toBe('- “{text}”');
  });

  test('every message is Simplified Chinese text with no stray half-width Chinese punctuation', () => {
    for (const [key, text] of Object.entries(IMPORT_MESSAGES)) {
      expect(text, key).not.toMatch(/\p{Script=Han}[,;!?]/u);
    }
  });
});
