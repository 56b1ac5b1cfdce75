/**
 * Every node FinLens puts into a page (marks, the text pieces around them, originals put back):
 * the growth watcher does not take them for the page growing. Its own module, so the first stage
 * (which watches growth too) carries none of the annotator.
 */
export const ownNodes = new WeakSet<Node>();
