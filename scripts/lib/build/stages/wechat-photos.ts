/**
 * Build stage: the JPEG copies of every published article's photos and cover crops that
 * the 公众号 copy points at (`/wechat/…`, see src/lib/wechat/renditions.ts). A copy is
 * named by what it is made from, so the live release's copy is reused (hard-linked) and
 * only new or changed photos go through sharp. When some must be made, the stage follows
 * the pages (they go live first); when all are reused it runs before, in milliseconds.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderWechatPhoto, wechatPhotos, type WechatPhoto } from '../../../../src/node/wechat-photos.ts';
import { photoDigest, WECHAT_DIR } from '../../../../src/lib/wechat/renditions.ts';
import type { Stage, StageContext } from '../pipeline.ts';

const planned = new WeakMap<object, Map<string, WechatPhoto>>();

/** Every copy the site needs, by its path (computed once per site model). */
function plannedPhotos({ site, env }: StageContext): Map<string, WechatPhoto> {
  let photos = planned.get(site);
  if (!photos) {
    photos = new Map();
    // A cover serves both its crops, a shared photo every article that shows it: each file is read once.
    const digests = new Map<string, string>();
    const digestOf = (file: string) => digests.get(file) ?? digests.set(file, photoDigest(readFileSync(file))).get(file) ?? '';
    for (const item of site.news) {
      const { body, covers } = wechatPhotos(item.entry, env.contentDir, digestOf);
      for (const photo of [...body, ...covers]) photos.set(photo.path, photo);
    }
    planned.set(site, photos);
  }
  return photos;
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
