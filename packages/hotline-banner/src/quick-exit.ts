/**
 * The quick-exit keyboard shortcut: Shift pressed three times within a second, anywhere on the page
 * (as GOV.UK's "Exit this page"). Any other key in between starts the count again.
 */
export function listenForTripleShift(onTriple: () => void, windowMs = 1000): () => void {
  let presses: number[] = [];
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((time) => now - time < windowMs), now];
    if (presses.length >= 3) {
      presses = [];
      onTriple();
    }
  };
  document.addEventListener('keydown', onKey, true);
  return () => document.removeEventListener('keydown', onKey, true);
}
