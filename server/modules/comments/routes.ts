import { IdParams, Ok } from '@contract/common';
import { Comment, CommentList, CommentListQuery, CreateComment } from '@contract/comments';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { commentPolicies } from './policies';
import * as service from './service';

export function commentRoutes(app: App, ctx: AppContext): void {
  const tags = ['comments'];
  app.get(
    '/api/comments',
    {
      schema: { tags, summary: 'The comments on an account, opportunity or tip, oldest first', querystring: CommentListQuery, response: replies({ 200: CommentList }) },
      config: { policy: commentPolicies.read },
    },
    async (request) => service.listComments(ctx, actorOf(request), request.query.subjectType, request.query.subjectId),
  );
  app.post(
    '/api/comments',
    {
      schema: { tags, summary: 'Comment, @mentioning colleagues (they are notified)', body: CreateComment, response: replies({ 201: Comment }) },
      config: { policy: commentPolicies.write },
    },
    async (request, reply) => reply.status(201).send(await service.createComment(ctx, actorOf(request), request.body)),
  );
  app.delete(
    '/api/comments/:id',
    { schema: { tags, summary: 'Delete your comment', params: IdParams, response: replies({ 200: Ok }) }, config: { policy: commentPolicies.write } },
    async (request) => {
      await service.deleteComment(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
}
