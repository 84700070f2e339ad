import type { Comment, CreateComment } from '@contract/comments';
import { mayDeleteComment, type Viewer } from '@domain/access';
import { mentionReceivers, subjectLink, type CommentSubject } from '@domain/comments';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { notify } from '../notifications/service';
import * as repo from './repo';

async function presentAll(ctx: AppContext, viewer: Viewer, rows: Awaited<ReturnType<typeof repo.listFor>>): Promise<Comment[]> {
  const names = new Map((await repo.namesOf(ctx.db, [...new Set(rows.flatMap((r) => r.comment.mentionIds))])).map((u) => [u.id, u.name]));
  return rows.map(({ comment: c, authorName }) => ({
    id: c.id,
    subjectType: c.subjectType,
    subjectId: c.subjectId,
    author: c.authorId && authorName ? { id: c.authorId, name: authorName } : null,
    body: c.body,
    mentions: c.mentionIds.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
    createdAt: c.createdAt.toISOString(),
    can: { delete: mayDeleteComment(viewer, c.authorId) },
  }));
}

export async function listComments(ctx: AppContext, viewer: Viewer, subjectType: CommentSubject, subjectId: string) {
  return { items: await presentAll(ctx, viewer, await repo.listFor(ctx.db, subjectType, subjectId)) };
}

/** Comment on an account, opportunity or tip; everyone @mentioned is notified (bell, and e-mail when SMTP is set). */
export async function createComment(ctx: AppContext, actor: Actor, input: CreateComment): Promise<Comment> {
  const id = await inTransaction(ctx, async (tx) => {
    const subject = await repo.accountOf(tx.db, input.subjectType, input.subjectId);
    if (!subject) throw errors.invalid(`The ${input.subjectType} does not exist.`, [{ path: 'body.subjectId', message: 'unknown' }]);
    const mentionIds = [...new Set(input.mentionIds)];
    const people = await repo.namesOf(tx.db, mentionIds);
    if (people.length !== mentionIds.length || people.some((p) => !p.active)) {
      throw errors.invalid('Only active colleagues can be mentioned.', [{ path: 'body.mentionIds', message: 'unknown user' }]);
    }
    const now = tx.clock.now();
    const id = await repo.insertComment(tx.db, {
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      accountId: subject.accountId,
      authorId: actor.id,
      body: input.body,
      mentionIds,
      createdAt: now,
    });
    const [author] = await repo.namesOf(tx.db, [actor.id]);
    await notify(
      tx,
      mentionReceivers(actor.id, mentionIds).map((userId) => ({
        userId,
        kind: 'comments.mention',
        data: {
          commentId: id,
          subjectType: input.subjectType,
          accountName: subject.accountName,
          by: author?.name ?? '',
          excerpt: input.body.slice(0, 140),
        },
        link: subjectLink(input.subjectType, input.subjectId),
      })),
    );
    return id;
  });
  const row = (await repo.listFor(ctx.db, input.subjectType, input.subjectId)).filter((r) => r.comment.id === id);
  return (await presentAll(ctx, actor, row))[0]!;
}

export async function deleteComment(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const c = await repo.findComment(tx.db, id);
    if (!c) throw errors.notFound('The comment');
    if (!mayDeleteComment(actor, c.authorId)) throw errors.forbidden('Only its author (or an admin) can delete a comment.');
    await repo.deleteComment(tx.db, id);
  });
}
