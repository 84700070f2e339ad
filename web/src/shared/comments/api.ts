import type { z } from 'zod';
import type { Comment, CommentList, CreateComment } from '@contract/comments';
import { api } from '../api/client';

export type { Comment };
export type CommentSubjectType = Comment['subjectType'];

export const commentsApi = {
  list: (subjectType: CommentSubjectType, subjectId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof CommentList>>('/api/comments', { subjectType, subjectId }, signal),
  create: (input: z.input<typeof CreateComment>) => api.post<Comment>('/api/comments', input),
  remove: (id: string) => api.delete<{ ok: true }>(`/api/comments/${id}`),
};
