/** The "@wor" being typed just before the caret, if any: what to match colleagues' names against. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{M}'-]{0,30})$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Put "@Full Name " in place of the "@wor" typed; the new text and where the caret goes. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** The people picked whose "@Name" is still in the text (a mention deleted from the text is no mention). */
export function stillMentioned<T extends { id: string; name: string }>(text: string, picked: T[]): T[] {
  return picked.filter((p, i) => text.includes(`@${p.name}`) && picked.findIndex((q) => q.id === p.id) === i);
}
