/**
 * Astro's sharp image service, with every photo capped at MAX_PHOTO_WIDTH
 * (src/lib/photos/photo-width.ts): Markdown photos are sized by their original, and a
 * phone's 8000 px photo would otherwise be published whole.
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { capPhotoWidth } from './lib/photos/photo-width.ts';

const service: LocalImageService = {
  ...sharpService,
  validateOptions: (options, imageConfig, logger) => sharpService.validateOptions!(capPhotoWidth(options), imageConfig, logger),
};

export default service;
