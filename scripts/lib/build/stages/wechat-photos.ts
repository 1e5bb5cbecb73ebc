/**
 * Build stage: the JPEG copies of every published article's photos and cover crops that
 * the 公众号 copy points at (`/wechat/…`, see src/lib/wechat/renditions.ts). A copy is
 * named by what it is made from, so the live release's copy is reused (hard-linked) and
 * only new or changed photos go through sharp. When some must be made, the stage follows
 * the pages (they go live first); when all are reused it runs before, in milliseconds.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from '../../../../src/node/write-atomic.ts';
import { dirname, join } from 'node:path';
import { renderWechatPhoto, wechatPhotos, type WechatPhoto } from '../../../../src/node/wechat-photos.ts';
import { photoDigest, WECHAT_DIR } from '../../../../src/lib/wechat/renditions.ts';
import type { Stage, StageContext } from '../pipeline.ts';

const planned = new WeakMap<object, Map<string, WechatPhoto>>();

type DigestCache = Record<string, { size: number; mtimeMs: number; digest: string }>;

/**
 * Every copy the site needs, by its path (computed once per site model). A photo's digest is
 * kept between builds by its size and time (`cacheDir`), so an edit reads no photo it did not touch.
 */
function plannedPhotos({ site, env, cacheDir }: StageContext): Map<string, WechatPhoto> {
  let photos = planned.get(site);
  if (!photos) {
    photos = new Map();
    const cacheFile = join(cacheDir, 'wechat-photo-digests.json');
    const before = readDigestCache(cacheFile);
    const now: DigestCache = {};
    const digestOf = (file: string) => {
      const { size, mtimeMs } = statSync(file);
      const known = now[file] ?? before[file];
      now[file] = known && known.size === size && known.mtimeMs === mtimeMs ? known : { size, mtimeMs, digest: photoDigest(readFileSync(file)) };
      return now[file].digest;
    };
    for (const item of site.news) {
      const { body, covers } = wechatPhotos(item.entry, env.contentDir, digestOf);
      for (const photo of [...body, ...covers]) photos.set(photo.path, photo);
    }
    writeFileAtomic(cacheFile, JSON.stringify(now));
    planned.set(site, photos);
  }
  return photos;
}

function readDigestCache(file: string): DigestCache {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DigestCache;
  } catch {
    return {};
  }
}

export const wechatPhotosStage: Stage = {
  name: 'wechat photos',
  output: WECHAT_DIR,
  follows: (context) => [...plannedPhotos(context).keys()].some((path) => !context.previous || !existsSync(join(context.previous, path))),
  run: async (dir, context) => {
    const { previous, log } = context;
    const photos = plannedPhotos(context);
    rmSync(join(dir, WECHAT_DIR), { recursive: true, force: true });
    mkdirSync(join(dir, WECHAT_DIR), { recursive: true });
    let made = 0;
    for (const [path, photo] of photos) {
      const target = join(dir, path);
      const live = previous && join(previous, path);
      if (live && existsSync(live)) {
        linkSync(live, target);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await renderWechatPhoto(photo));
      made++;
    }
    log(`[pipeline] ${photos.size} WeChat photo copies (${made} made, ${photos.size - made} reused)`);
  },
};
