/** The characters OpenCC's t2cn dictionaries can change: every TSCharacters key, and the changed characters of TSPhrases keys. */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

export function changeableCharacters(): string {
  const set = new Set<string>();
  for (const dict of [TSCharacters as string, TSPhrases as string]) {
    for (const entry of dict.split('|')) {
      const [from = '', to = ''] = entry.split(' ');
      const a = [...from];
      const b = [...to];
      a.forEach((ch, i) => {
        if (a.length !== b.length || ch !== b[i]) set.add(ch);
      });
    }
  }
  return [...set].sort().join('');
}
