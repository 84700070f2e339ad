import { z } from 'zod';
import { commentSubjects, maxMentions } from '@domain/comments';
import { Id, text } from './common';

export const CommentSubject = z.enum(commentSubjects);

export const Comment = z.object({
  id: Id,
  subjectType: CommentSubject,
  subjectId: Id,
  author: z.object({ id: Id, name: text() }).nullable(),
  body: text(),
  mentions: z.array(z.object({ id: Id, name: text() })),
  createdAt: z.iso.datetime(),
  /** What the viewer may do (domain/access.ts mayDeleteComment). */
  can: z.object({ delete: z.boolean() }),
});
export type Comment = z.infer<typeof Comment>;

export const CommentListQuery = z.object({ subjectType: CommentSubject, subjectId: Id });
export const CommentList = z.object({ items: z.array(Comment) });

export const CreateComment = z.object({
  subjectType: CommentSubject,
  subjectId: Id,
  body: text().trim().min(1, 'Write something').max(4000),
  /** The people @mentioned: each is notified. */
  mentionIds: z.array(Id).max(maxMentions).default([]),
});
export type CreateComment = z.infer<typeof CreateComment>;
