/**
 * Build stage: the JPEG copies of every published article's photos and cover crops that
 * the 公众号 copy points at (`/wechat/…`, see src/lib/wechat/renditions.ts). A copy is
 * named by what it is made from, so the live release's copy is reused (hard-linked) and
 * only new or changed photos go through sharp. It follows the pages: they go live first.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderWechatPhoto, wechatPhotos, type WechatPhoto } from '../../../../src/node/wechat-photos.ts';
import { photoDigest, WECHAT_DIR } from '../../../../src/lib/wechat/renditions.ts';
import type { Stage } from '../pipeline.ts';

export const wechatPhotosStage: Stage = {
  name: 'wechat photos',
  output: WECHAT_DIR,
  follows: () => true,
  run: async (dir, { site, env, previous, log }) => {
    const photos = new Map<string, WechatPhoto>();
    // A cover serves both its crops, a shared photo every article that shows it: each file is read once.
    const digests = new Map<string, string>();
    const digestOf = (file: string) => digests.get(file) ?? digests.set(file, photoDigest(readFileSync(file))).get(file) ?? '';
    for (const item of site.news) {
      const { body, covers } = wechatPhotos(item.entry, env.contentDir, digestOf);
      for (const photo of [...body, ...covers]) photos.set(photo.path, photo);
    }
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
