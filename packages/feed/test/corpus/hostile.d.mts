export interface HostileCase {
  readonly name: string;
  /** The feed as JSON text (generated: some are megabytes). */
  readonly build: () => string;
  readonly baseUrl?: string;
  /** Surviving ids (films, news, contacts, hotlines, each in feed order); `null`: the feed is unusable. */
  readonly kept: readonly string[] | null;
  /** Expected title text of some kept films or news, or the length of a shortened one. */
  readonly titles?: Readonly<Record<string, string | { readonly length: number }>>;
}
export declare const HOSTILE: readonly HostileCase[];
