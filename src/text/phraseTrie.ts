/**
 * The one phrase-trie compiler of the text front end: quantity words (`quantity/phraseTable.ts`), period
 * words (`period/periodWords.ts`) and any other word list read over the tokens of `text/tokenize.ts`
 * (metric words, say) compile their phrases the same way. A phrase is the sequence of its tokens' keys;
 * a node per key, so a lookup at a token is one Map access per token and never looks further than the
 * longest phrase. What a phrase means (roles, senses, masks) is the entry, the reader's own.
 *
 * @internal
 */

/** A node of a phrase trie: the phrase that ends here, if any, with its key and entry. @internal */
export interface PhraseTrieNode<E> {
  readonly next: Map<string, PhraseTrieNode<E>>;
  /** The phrase's token keys joined by a space ("млрд доларів", "美 元"). */
  key: string | undefined;
  entry: E | undefined;
}

/** An empty trie. @internal */
export const createPhraseTrie = <E>(): PhraseTrieNode<E> => ({ next: new Map(), key: undefined, entry: undefined });

/**
 * The entry of the phrase whose token keys are `keys`, made with `make` (and its nodes on the way) the
 * first time; `undefined` for a phrase of no tokens. @internal
 */
export const addPhrase = <E>(root: PhraseTrieNode<E>, keys: readonly string[], make: () => E): E | undefined => {
  if (keys.length === 0) return undefined;
  let node = root;
  for (const part of keys) {
    let child = node.next.get(part);
    if (child === undefined) node.next.set(part, (child = createPhraseTrie<E>()));
    node = child;
  }
  if (node.entry === undefined) {
    node.key = keys.join(" ");
    node.entry = make();
  }
  return node.entry;
};
