/**
 * A content digest of plain data (objects, arrays, Maps, Sets, Dates,
 * primitives), to tell whether a rebuild can reuse earlier work (a search
 * shard): two values get the same digest exactly when they would serialise the
 * same (object keys in any order). Each object's digest is remembered, so
 * items shared by many values are hashed once per build.
 */
import { createHash } from 'node:crypto';

const memo = new WeakMap<object, string>();

function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

function part(value: unknown, path: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
    case 'function':
    case 'symbol':
      return 'undefined';
  }
  const object = value as object;
  if (object instanceof Date) return `D${object.getTime()}`;
  const known = memo.get(object);
  if (known) return known;
  // Page data is a tree (shared nodes, no cycles); a cycle would make the digest depend on where hashing started.
  if (path.has(object)) throw new Error('digest: the value refers to itself');
  path.add(object);
  let text: string;
  if (Array.isArray(object)) text = `[${object.map((v) => part(v, path)).join(',')}]`;
  else if (object instanceof Map) text = `M[${[...object].map(([k, v]) => `${part(k, path)}:${part(v, path)}`).join(',')}]`;
  else if (object instanceof Set) text = `S[${[...object].map((v) => part(v, path)).join(',')}]`;
  else {
    const keys = Object.keys(object).sort();
    text = `{${keys.map((k) => `${JSON.stringify(k)}:${part((object as Record<string, unknown>)[k], path)}`).join(',')}}`;
  }
  path.delete(object);
  const hash = hashText(text);
  memo.set(object, hash);
  return hash;
}

/**
 * The digest of `value`. Objects must not be changed after they were digested
 * (the digest is cached by identity): build data is created once and then read.
 */
export function digest(value: unknown): string {
  return hashText(part(value, new Set()));
}
