/**
 * Comments on an account, an opportunity or a tip, with @mentions: the people mentioned are told.
 * Pure rules: what may be commented on, and who is notified of a comment.
 */
export const commentSubjects = ['account', 'opportunity', 'handoff'] as const;
export type CommentSubject = (typeof commentSubjects)[number];

/** At most this many people mentioned in one comment. */
export const maxMentions = 20;

/** Who a comment notifies: the people mentioned, each once, never its author. */
export function mentionReceivers(authorId: string, mentionIds: readonly string[]): string[] {
  return [...new Set(mentionIds)].filter((id) => id !== authorId);
}

/** Where a comment's subject is shown in the web app. */
export function subjectLink(type: CommentSubject, id: string): string {
  return type === 'account' ? `/accounts/${id}` : type === 'opportunity' ? `/pipeline/${id}` : `/cross-selling/handoffs/${id}`;
}
