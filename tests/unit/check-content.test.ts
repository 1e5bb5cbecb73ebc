import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-all.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { filesIn, readContent } from '../../src/node/content-files.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const NOW = new Date('2026-11-22T00:00:00+08:00');

function check(dir: string) {
  const contentDir = `${ROOT}${dir}`;
  return checkContent(readContent(contentDir, ROOT), { now: NOW, ...filesIn(contentDir) });
}

describe('content:check on a folder with one of each kind of error', () => {
  const DIR = 'tests/fixtures/check-errors';
  const { problems } = check(DIR);

  test('prints one line per problem, naming the file and the field, in Chinese', () => {
    // The folder is written <dir> so each line stays within the line limit.
    expect(problems.map(formatProblem).join('\n').replaceAll(DIR, '<dir>')).toMatchInlineSnapshot(`
      "<dir>/communities/broken.yaml: district: 缺少区县——请补上区县
      <dir>/communities/broken.yaml: households: 户数格式不对——应为数字
      <dir>/honors/2024/bad-category.md: category: 红榜类别“heroes”无效——可选：civility（文明红榜）、morality（道德红榜）、filial（孝道红榜）、dedication（敬业红榜）、model-resident（年度模范居民）
      <dir>/news/2021/Bad_Name.md: slug: 文件名“Bad_Name”不能用作网址——只能用小写字母、数字和连字符，且至少有一个字母，例如 hongxin-shitang.md
      <dir>/news/2021/bad-date.md: publishedAt: 无法识别的时间“3月8日”——请写成 2025-03-08 09:30（北京时间）或 2025-03-08
      <dir>/news/2021/bad-yaml.md: frontmatter: 格式错误：第 3 行引号或括号没有闭合——请检查冒号、引号和缩进
      <dir>/news/2021/cover-no-alt.md: coverAlt: 有封面图却缺少封面说明文字——请补上 coverAlt，用一句话说明图片内容
      <dir>/news/2021/draft-one.md: publishedAt: 提醒：缺少发布时间——请写成 2025-03-08 09:30（北京时间），未写发布时间的稿件不能发布
      <dir>/news/2021/draft-one.md: source: 提醒：缺少来源——请写明稿件来源（如“胶东在线”或“本站讯”），未写来源的稿件不能发布
      <dir>/news/2021/draft-one.md: review.first: 提醒：缺少初审人——未经初审的稿件不能发布，请补上初审人姓名
      <dir>/news/2021/draft-one.md: review.second: 提醒：缺少复审人——未经复审的稿件不能发布，请补上复审人姓名
      <dir>/news/2021/draft-one.md: review.final: 提醒：缺少终审人——未经终审的稿件不能发布，请补上终审人姓名
      <dir>/news/2021/draft-one.md: body（第 6 行）: 提醒：找不到图片文件“./images/later.jpg”——请把图片放到 <dir>/news/2021/images/later.jpg，或改正路径
      <dir>/news/2021/long-title.md: title: 提醒：标题有 42 个字，超过 40 字——手机上会折成多行，考虑精简
      <dir>/news/2021/long-title.md: review: 提醒：“甲初审”同时担任初审人和终审人——三审应由不同的人负责
      <dir>/news/2021/missing-final.md: review.final: 缺少终审人——未经终审的稿件不能发布，请补上终审人姓名
      <dir>/news/2021/missing-image.md: body（第 8 行）: 找不到图片文件“./images/gone.jpg”——请把图片放到 <dir>/news/2021/images/gone.jpg，或改正路径
      <dir>/news/2021/missing-image.md: body（第 10 行）: 图片“./images/no-alt.jpg”缺少说明文字——请在 ![ ] 的方括号里写上图片内容，方便视障读者
      <dir>/news/2021/no-frontmatter.md: frontmatter: 缺少开头的 --- 信息块——稿件第一行应为 ---，写完标题、时间等字段后再用 --- 结束
      <dir>/news/2021/no-source.md: source: 缺少来源——请写明稿件来源（如“胶东在线”或“本站讯”），未写来源的稿件不能发布
      <dir>/news/2021/ok-article.md: body（第 10 行）: 链接“/news/draft-one/”指向尚未发布的稿件（草稿或定时发布）——请等它发布后再链接，或删去链接
      <dir>/news/2021/ok-article.md: body（第 10 行）: 链接“/news/no-such-article/”指向不存在的页面——请检查网址
      <dir>/news/2021/unknown-community.md: community: 找不到社区“nowhere”——请检查社区编号，或先建立 content/communities/nowhere.yaml
      <dir>/news/2021/unknown-field.md: pubishedAt: 未知字段“pubishedAt”——请检查拼写，或删去这一行
      <dir>/news/2022/ok-article.md: slug: 文件名与 <dir>/news/2021/ok-article.md 重复——同一网址只能对应一个页面，请给其中一个改名
      <dir>/topics.yaml: topics: 专题“老年食堂”与“社区食堂”的网址都会是 /topics/shitang/——请在 content/topics.yaml 里给其中一个指定网址"
    `);
  });

  test('errors in a draft that only block publishing are warnings', () => {
    const draft = problems.filter((p) => p.file.endsWith('draft-one.md'));
    expect(draft.length).toBeGreaterThan(0);
    expect(draft.every((p) => p.severity === 'warning')).toBe(true);
  });
});

describe('the sample content', () => {
  test('passes content:check with no error', () => {
    const errors = check('content').problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });
});
