/** A point of a picture the editor names in front matter (`coverFocus: 50% 30%`); no Node, the desk's page reads it too. */

/** Where the 公众号 crops a cover: `x% y%` of the picture, as CSS `object-position` writes it. */
export interface Focus {
  x: number;
  y: number;
}

export const CENTRE: Focus = { x: 0.5, y: 0.5 };

/** `"50% 30%"` → `{ x: 0.5, y: 0.3 }`; undefined when it is not two percentages. */
export function parseFocus(text: string): Focus | undefined {
  const m = /^\s*(\d{1,3}(?:\.\d+)?)%\s+(\d{1,3}(?:\.\d+)?)%\s*$/.exec(text);
  if (!m) return undefined;
  const x = Number(m[1]) / 100;
  const y = Number(m[2]) / 100;
  return x <= 1 && y <= 1 ? { x, y } : undefined;
}
