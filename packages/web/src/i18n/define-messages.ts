/**
 * The type of a language's messages given the Indonesian ones: the same tree of keys, any text.
 * Messages are written in Bahasa Indonesia first; every other language must have exactly its keys.
 */
export type MessageTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };

/**
 * A feature's texts in both languages. The English object is checked against the Indonesian one, so
 * a key missing (or left over) in either language fails `pnpm check` (vue-tsc).
 */
export function defineMessages<const T extends object>(messages: { id: T; en: NoInfer<MessageTree<T>> }): { id: T; en: MessageTree<T> } {
  return messages;
}
