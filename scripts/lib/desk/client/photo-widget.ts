/**
 * The photo field of our 图片 component: Decap's image control, whose
 * thumbnail also shows a photo already saved with the article.
 *
 * Decap's thumbnail asks getAsset once per value; for a saved photo the first
 * answer is a placeholder (an empty SVG) while the file loads, and inside the
 * body editor nothing asks again, so a reopened article showed empty
 * checkerboards. This control asks until the photo has loaded, then hands the
 * thumbnail a new getAsset so that it asks once more.
 */
import type { CMS, CmsWidgetControlProps, CmsWidgetPreviewProps } from 'decap-cms-core';
import { createElement as h, useCallback, useEffect, useState, type ComponentType } from 'react';

export const PHOTO_WIDGET = 'desk-photo';

/** The path of Decap's placeholder asset (actions/media.js `emptyAsset`). */
const LOADING = 'empty.svg';
const POLL_MS = 200;
/** A photo on the desk's own disk loads in well under this; after it the thumbnail shows what there is. */
const POLL_LIMIT = 50;

type GetAsset = (path: string, field?: unknown) => { path?: string; toString(): string } | undefined;

export function registerPhotoWidget(cms: CMS): void {
  const image = cms.getWidget('image');
  if (image === undefined) throw new Error('Decap has no image widget');
  // Decap's types call the control and preview props; they are components.
  const Control = image.control as unknown as ComponentType<CmsWidgetControlProps>;
  const Preview = image.preview as unknown as ComponentType<CmsWidgetPreviewProps> | undefined;

  function PhotoControl(props: CmsWidgetControlProps<string>) {
    const { value, field } = props;
    const getAsset = (props as unknown as { getAsset: GetAsset }).getAsset;
    const [round, setRound] = useState(0);
    useEffect(() => {
      if (!value) return undefined;
      let tries = 0;
      const timer = setInterval(() => {
        tries += 1;
        if (getAsset(value, field)?.path === LOADING && tries < POLL_LIMIT) return;
        clearInterval(timer);
        setRound((r) => r + 1);
      }, POLL_MS);
      return () => clearInterval(timer);
    }, [value, field, getAsset]);
    // A new function each round: Decap's thumbnail asks again when getAsset changes.
    const fresh = useCallback<GetAsset>((path, f) => getAsset(path, f), [getAsset, round]);
    return h(Control, { ...props, getAsset: fresh } as unknown as CmsWidgetControlProps);
  }

  cms.registerWidget(PHOTO_WIDGET, PhotoControl as ComponentType<CmsWidgetControlProps>, Preview);
}
