/**
 * One MutationObserver for the whole page that tells connected widgets when any `lang` attribute changes
 * (the document's, an ancestor's, or their own), so a site's language switcher re-renders them at once.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export function observeLang(listener: Listener): () => void {
  listeners.add(listener);
  if (observer === undefined) {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
