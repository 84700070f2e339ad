import type { z } from 'zod';
import type {
  CreateWebhookEndpoint,
  RotatedWebhookSecret,
  UpdateWebhookEndpoint,
  WebhookCatalogue,
  WebhookEndpoint,
  WebhookMessagePage,
} from '@contract/webhooks';
import { api } from '../../shared/api/client';

export type Endpoint = WebhookEndpoint;
export type MessagePage = z.infer<typeof WebhookMessagePage>;
export type Message = MessagePage['items'][number];
export type Catalogue = z.infer<typeof WebhookCatalogue>;
export type NewEndpoint = z.input<typeof CreateWebhookEndpoint>;
export type EndpointPatch = UpdateWebhookEndpoint;
export type RotatedSecret = RotatedWebhookSecret;

export const webhooksApi = {
  catalogue: (signal?: AbortSignal) => api.get<Catalogue>('/api/webhooks/catalogue', undefined, signal),
  list: (signal?: AbortSignal) => api.get<Endpoint[]>('/api/webhooks', undefined, signal),
  create: (input: NewEndpoint) => api.post<Endpoint>('/api/webhooks', input),
  update: ({ id, ...patch }: EndpointPatch & { id: string }) => api.patch<Endpoint>(`/api/webhooks/${id}`, patch),
  remove: (id: string) => api.delete<{ ok: true }>(`/api/webhooks/${id}`),
  messages: (id: string, query: { status?: string; page: number }, signal?: AbortSignal) =>
    api.get<MessagePage>(`/api/webhooks/${id}/messages`, { ...query, pageSize: 25 }, signal),
  rotateSecret: (id: string) => api.post<RotatedSecret>(`/api/webhooks/${id}/rotate-secret`),
  sendTest: (id: string) => api.post<Message>(`/api/webhooks/${id}/test`),
  replay: ({ id, messageId }: { id: string; messageId: string }) =>
    api.post<{ ok: true }>(`/api/webhooks/${id}/messages/${messageId}/replay`),
};

/** `account.created` → its group (`account`) for the event picker. */
export const eventGroup = (event: string) => event.slice(0, event.indexOf('.'));
