/**
 * Golden tests on the two real pages in the issue (copied into
 * tests/fixtures/import/seeds/). The expected Markdown sits beside each raw page;
 * the front matter and the body are also asserted field by field, so a change
 * shows which part of the cleaning moved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/text/frontmatter.ts';
import { importArticle } from '../../src/lib/import/import-article.ts';

const SEEDS = new URL('../fixtures/import/seeds/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, SEEDS));
const importSeed = (name: string) => importArticle(read(`${name}.raw.txt`));

function parts(markdown: string) {
  const fm = readFrontmatter(markdown);
  if (!fm.ok) throw new Error('no front matter');
  const lines = fm.body.split('\n').filter((l) => l !== '');
  return {
    data: fm.data,
    headings: lines.filter((l) => l.startsWith('#')),
    figures: lines.filter((l) => l.startsWith('![')),
    items: lines.filter((l) => l.startsWith('- ')),
    paragraphs: lines.filter((l) => !/^(?:#|!\[|- )/.test(l)),
  };
}

describe('seed 000: a Traditional portal page with pinyin readings and spam (这个社区“有人气”)', () => {
  const result = importSeed('yuhuangyuan');
  const { data, headings, figures, paragraphs } = parts(result.markdown);

  test('matches the expected Markdown', () => {
    expect(result.markdown).toBe(read('yuhuangyuan.expected.md').toString());
  });

  test('moves what the page states into the front matter, and nothing else', () => {
    expect(data).toEqual({
      title: '这个社区“有人气”',
      publishedAt: '2021-01-25 15:54',
      source: '胶东在线',
      correspondents: ['刘洁'],
      review: { first: '刘丽君', second: '王大鹏', final: '孙玲姿' },
      draft: true,
    });
    expect(result.folder).toBe('2021');
    expect(result.slug).toBe('zhe-ge-she-qu-you-ren-qi');
  });

  test('keeps the dateline at the start of the first paragraph', () => {
    expect(paragraphs[0]).toMatch(/^胶东在线1月25日讯（通讯员 刘洁）“社区和村庄不同，/);
  });

  test('makes the three quoted section lines headings', () => {
    expect(headings).toEqual(['## “一顿饭”为社区添些“烟火气”', '## “一堂课”让社区多点“新活力”', '## “一个联盟”把社区拧成“一股绳”']);
    expect(figures).toEqual([]);
    expect(paragraphs).toHaveLength(5);
  });

  test('leaves no spam, chrome, reading, Traditional character or half-width Chinese punctuation', () => {
    const body = result.markdown;
    expect(body).not.toMatch(/人妻|无码|相关新闻|版权所有|烟海e家|网站简介|202101251512116801|初审|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/u);
    expect(body).not.toMatch(/[這個區氣來東線訊員劉潔著]/u);
    expect(body).not.toMatch(/\p{Script=Han}[,:;?!]/u);
  });

  test('reports what it removed and that only the pictures are left to the editor', () => {
    const { removed, missing, images, moved } = result.report;
    expect(removed).toMatchObject({ spam: 1, chrome: 9, pinyin: 160 });
    expect(removed.simplified).toBeGreaterThan(300);
    expect(missing).toEqual({ publishedAt: false, source: false, review: [] });
    expect(images).toEqual([]);
    expect(moved).toEqual(['title', 'publishedAt', 'source', 'correspondents', 'review.first', 'review.second', 'review.final']);
  });
});

describe('seed 003: a glued WeChat copy with ▲ and ▼ (罗家坡社区：社区成为大家庭)', () => {
  const result = importSeed('luojiapo');
  const { data, headings, figures, items, paragraphs } = parts(result.markdown);

  test('matches the expected Markdown', () => {
    expect(result.markdown).toBe(read('luojiapo.expected.md').toString());
  });

  test('splits kicker and title, and invents no date, source or reviewer', () => {
    expect(data).toEqual({ kicker: '家族社区 党建引领社区治理', title: '罗家坡社区：社区成为大家庭 幸福和谐有深情', draft: true });
    expect(result.folder).toBe('undated');
    expect(result.report.missing).toEqual({ publishedAt: true, source: true, review: ['review.first', 'review.second', 'review.final'] });
  });

  test('recovers the four parallel sections and their sub-headings', () => {
    expect(headings).toEqual([
      '## “党建+好家风”构建文明之家',
      '### 家庭矛盾有“解决方法”',
      '## “党建+好服务”建造一个幸福的家',
      '### 退休老教师在老年大学“老年快乐”',
      '## “党建+好志愿”建立一个充满爱的家',
      '### 免费儿童学院让老人学会和宝宝一起“时尚”',
      '## “党建+好队伍”营造温馨的家',
      '### “好队伍”是社区工作的核心',
    ]);
  });

  test('turns every ▲ into a numbered figure the editor must supply', () => {
    expect(figures).toHaveLength(6);
    expect(figures[0]).toBe('![罗家坡社区人居环境整治成果](./images/luo-jia-po-she-qu-1.jpg "罗家坡社区人居环境整治成果")');
    expect(result.report.images.map((i) => i.file)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `luo-jia-po-she-qu-${n}.jpg`));
  });

  test('turns the text after each ▼ into a list, split at sentence ends or semicolons', () => {
    expect(items).toHaveLength(14);
    expect(items).toContain('- 组织人民调解员宣传法律知识，提升法治意识；');
    expect(paragraphs).toContain('围绕“幸福”社区还做了一系列工作：');
  });

  test('fixes the time and the punctuation, and drops the end mark', () => {
    expect(result.markdown).toContain('下午1:30，参与者');
    expect(result.markdown).toContain('“身心愉悦有助于康复。”她觉得');
    expect(result.markdown).toContain('“微平台”“微视频”“微课堂”');
    expect(result.markdown).not.toMatch(/◆|▲|▼|\p{Script=Han}[,:;?!]/u);
  });

  test('lists every split it was unsure of, the glued clauses and the odd quotes', () => {
    const { splits, glued, unbalancedQuotes } = result.report;
    expect(splits).toHaveLength(7);
    expect(glued.map((g) => g.slice(0, 6))).toEqual(['社区书记罗秀', '与国际社会保', '下一步罗家坡']);
    expect(unbalancedQuotes).toHaveLength(1);
  });
});
