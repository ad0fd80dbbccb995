import { foldForSearch } from '@omj/feed';

/**
 * Type-ahead as the WAI-ARIA listbox pattern describes it: letters typed in quick succession jump to the
 * next option whose name starts with them; the same letter pressed again cycles through the options
 * starting with it. Matching is folded (case, diacritics, ё/е), so Cyrillic and Kyrgyz letters work.
 */
export class TypeAhead {
  private buffer = '';
  private time = 0;

  constructor(private readonly delay = 700) {}

  /** True while a search is being typed (a Space then belongs to the search: "United States"). */
  get typing(): boolean {
    return this.buffer !== '' && Date.now() - this.time < this.delay;
  }

  /** The index to move to from `from`, or -1 when nothing matches. `keys` are folded names. */
  find(char: string, keys: readonly string[], from: number): number {
    this.buffer = (this.typing ? this.buffer : '') + char;
    this.time = Date.now();
    const query = foldForSearch(this.buffer);
    if (query === '') return -1;
    const repeated = [...query].every((c) => c === query[0]);
    const needle = repeated ? query[0]! : query;
    // A new or repeated letter looks from the next option on; a longer query may match the current one.
    const start = repeated ? from + 1 : from;
    for (let i = 0; i < keys.length; i++) {
      const index = (start + i) % keys.length;
      if (keys[index]!.startsWith(needle)) return index;
    }
    return -1;
  }
}
