/**
 * The heap `npm run build` and `npm run publisher` give the pipeline's own process (package.json
 * passes it; the bench and the tests start the scripts the same way). Node's default (about 4 GB
 * here) ran out at 100,000 articles, where the site model, the search documents and the link
 * check's file list are all held at once; `astro build` runs as a child with its own heap.
 */
export const PIPELINE_HEAP_FLAG = '--max-old-space-size=6144';
