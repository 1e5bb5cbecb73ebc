import { describe, expect, test } from 'vitest';
import { findSeries, splitUnits } from '../../src/lib/import/headings.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { tokenize, wordCaption } from '../../src/lib/import/markers.ts';
import { endsSentence, longestClause, splitSentences, trailingClause } from '../../src/lib/import/sentences.ts';
import { buildBlocks } from '../../src/lib/import/structure.ts';

const build = (text: string) => buildBlocks(textToLines(text));

describe('sentences', () => {
  test('splits after 。！？ and ellipses, keeping closing quotes with their sentence', () => {
    expect(splitSentences('他说：“好。”大家笑了！还有……然后')).toEqual(['他说：“好。”', '大家笑了！', '还有……', '然后']);
  });

  test('splits off what follows the last sentence end', () => {
    expect(trailingClause('活动很成功。社区还做了这些事')).toEqual({ head: '活动很成功。', tail: '社区还做了这些事' });
    expect(trailingClause('活动很成功。')).toEqual({ head: '活动很成功。', tail: '' });
  });

  test('knows a sentence end and the longest clause', () => {
    expect(endsSentence('真好！”')).toBe(true);
    expect(endsSentence('真好，')).toBe(false);
    expect(longestClause('短句，这是一个比较长的分句，短')).toBe('这是一个比较长的分句');
  });
});

describe('markers', () => {
  test('cuts a line at ▲ (caption to the end of the line) and ▼ (a list follows)', () => {
    expect(tokenize('社区做了三件事▼修路。种树。▲志愿者在种树')).toEqual([
      { kind: 'text', text: '社区做了三件事' },
      { kind: 'list' },
      { kind: 'text', text: '修路。种树。' },
      { kind: 'caption', text: '志愿者在种树' },
    ]);
  });

  test('a caption that runs on into a paragraph is cut at its first sentence end', () => {
    const long = '志愿者在社区花园里种下了第一棵银杏树苗。随后，大家又一起给新栽的树苗浇水、培土、挂上了写着名字的小牌子。';
    expect(tokenize(`▲${long}`)).toEqual([
      { kind: 'caption', text: '志愿者在社区花园里种下了第一棵银杏树苗。' },
      { kind: 'text', text: '随后，大家又一起给新栽的树苗浇水、培土、挂上了写着名字的小牌子。' },
    ]);
  });

  test('reads 图为 lines as captions', () => {
    expect(wordCaption('（图为志愿者清理楼道）')).toBe('图为志愿者清理楼道');
    expect(wordCaption('图为何意？大家讨论了很久。还有别的')).toBeUndefined();
  });
});

describe('glued headings', () => {
  const glued = [
    '社区很热闹。“邻里+好帮手”搭起一座连心桥修车师傅“上门来”72岁的老周每周都来修车，一修就是一上午。',
    '“邻里+好课堂”架起一座知识桥书法班里“练字忙”35名学员每周上两次课。',
    '“邻里+好舞台”建起一座欢乐桥每晚八点广场上歌声不断。',
  ];
  const series = findSeries(glued);

  test('finds parallel headings and where they end', () => {
    expect([...series]).toEqual([['邻里', '桥']]);
  });

  test('cuts a series heading, its sub-heading and the sentence that starts at a number', () => {
    expect(splitUnits(glued[0] ?? '', series)).toEqual([
      { kind: 'paragraph', text: '社区很热闹。' },
      { kind: 'heading', text: '“邻里+好帮手”搭起一座连心桥', rank: 'primary', unsure: true },
      { kind: 'heading', text: '修车师傅“上门来”', rank: 'sub', unsure: true },
      { kind: 'paragraph', text: '72岁的老周每周都来修车，一修就是一上午。' },
    ]);
  });

  test('finds no end for headings that share nothing but a function word', () => {
    const unlike = ['“邻里+学”做一个好邻居，大家好。', '“邻里+帮”当一回志愿者，大家好。', '“邻里+乐”唱一首新歌，大家好。'];
    expect([...findSeries(unlike)]).toEqual([['邻里', undefined]]);
  });

  test('leaves a quoted sentence start alone', () => {
    const text = '“红心驿站”2019年建成以来，服务居民上万人次。';
    expect(splitUnits(text, new Map())).toEqual([{ kind: 'paragraph', text }]);
  });

  test('takes a short quoted line on its own as a sure heading', () => {
    expect(splitUnits('“一张桌”拉近邻里“一颗心”', new Map())).toEqual([
      { kind: 'heading', text: '“一张桌”拉近邻里“一颗心”', rank: 'secondary', unsure: false },
    ]);
  });
});

describe('buildBlocks', () => {
  test('makes standalone quoted, numbered and short lines headings', () => {
    const { blocks } = build(
      ['“楼道亮了，心也亮了”', '楼道灯全部换成了声控灯。', '二、下一步打算', '社区计划年底前完成改造。', '新的开始', '居民们很期待。'].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 3, text: '“楼道亮了，心也亮了”' },
      { kind: 'paragraph', text: '楼道灯全部换成了声控灯。' },
      { kind: 'heading', level: 2, text: '二、下一步打算' },
      { kind: 'paragraph', text: '社区计划年底前完成改造。' },
      { kind: 'heading', level: 3, text: '新的开始' },
      { kind: 'paragraph', text: '居民们很期待。' },
    ]);
  });

  test('turns ▼ text into a list with a lead-in, and ▲ into a figure', () => {
    const { blocks, leadIns } = build('活动很成功。社区还做了这些事▼修好了路灯。清理了楼道。▲志愿者清理楼道');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '活动很成功。' },
      { kind: 'paragraph', text: '社区还做了这些事：' },
      { kind: 'list', items: ['修好了路灯。', '清理了楼道。'] },
      { kind: 'figure', caption: '志愿者清理楼道' },
    ]);
    expect(leadIns).toEqual([]);
  });

  test('a ▼ at the end of a line takes the next line; one sentence stays a paragraph', () => {
    const { blocks } = build('工作法有五步▼\n摸底、议事、公示、施工、验收。\n居民很满意。');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '工作法有五步：' },
      { kind: 'paragraph', text: '摸底、议事、公示、施工、验收。' },
      { kind: 'paragraph', text: '居民很满意。' },
    ]);
  });

  test('splits one long sentence after ▼ at its semicolons', () => {
    const { blocks } = build('具体做法▼成立议事会；制定公约；设立监督岗。');
    expect(blocks.at(-1)).toEqual({ kind: 'list', items: ['成立议事会；', '制定公约；', '设立监督岗。'] });
  });

  test('a quoted lead-in before ▼ is a heading', () => {
    const { blocks } = build('工作很辛苦。“好班子”是关键▼▲班子成员开会\n大家分工明确。');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '工作很辛苦。' },
      { kind: 'heading', level: 2, text: '“好班子”是关键' },
      { kind: 'figure', caption: '班子成员开会' },
      { kind: 'paragraph', text: '大家分工明确。' },
    ]);
  });

  test('reports a lead-in so long it probably swallowed a heading', () => {
    const { leadIns } = build('活动结束了。今年社区完成的民生实事项目全部通过验收居民满意度很高社区还做了这些事▼修路。种树。');
    expect(leadIns).toEqual(['今年社区完成的民生实事项目全部通过验收居民满意度很高社区还做了这些事：']);
  });

  test('gives an HTML picture the caption written under it', () => {
    const { blocks } = buildBlocks([
      { kind: 'image', text: '', src: 'https://img.example.com/a.jpg' },
      { kind: 'text', text: '▲新修的小广场' },
    ]);
    expect(blocks).toEqual([{ kind: 'figure', caption: '新修的小广场', src: 'https://img.example.com/a.jpg' }]);
  });

  test('keeps HTML headings and list items as the page gave them', () => {
    const { blocks } = buildBlocks([
      { kind: 'heading', text: '一、基本情况' },
      { kind: 'heading', text: '（一）人口', sub: true },
      { kind: 'item', text: '户数1200户' },
      { kind: 'item', text: '人口3600人' },
    ]);
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: '一、基本情况' },
      { kind: 'heading', level: 3, text: '（一）人口' },
      { kind: 'list', items: ['户数1200户', '人口3600人'] },
    ]);
  });
});
