import { AlertPreferencesView, PutAlertPreferences } from '@contract/alerts';
import { IdParams, Ok } from '@contract/common';
import { NotificationList } from '@contract/handoffs';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { notificationPolicies } from './policies';
import * as service from './service';
import * as alerts from './service-alerts';

export function notificationRoutes(app: App, ctx: AppContext): void {
  const tags = ['notifications'];
  const config = { policy: notificationPolicies.own };
  app.get(
    '/api/notifications',
    { schema: { tags, summary: 'Your notifications, newest first', response: replies({ 200: NotificationList }) }, config },
    async (request) => service.listNotifications(ctx, actorOf(request).id),
  );
  app.post(
    '/api/notifications/read',
    { schema: { tags, summary: 'Mark all as read', response: replies({ 200: Ok }) }, config },
    async (request) => {
      await service.markRead(ctx, actorOf(request).id, null);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: 'Mark one as read', params: IdParams, response: replies({ 200: Ok }) }, config },
    async (request) => {
      await service.markRead(ctx, actorOf(request).id, request.params.id);
      return { ok: true as const };
    },
  );
  const own = { policy: notificationPolicies.ownAlerts };
  app.get(
    '/api/users/:id/alert-preferences',
    {
      schema: {
        tags,
        summary: 'Where your deviation alerts go: the bell, e-mail at once or the daily digest',
        params: IdParams,
        response: replies({ 200: AlertPreferencesView }),
      },
      config: own,
    },
    async (request) => alerts.getAlertPreferences(ctx, actorOf(request), request.params.id),
  );
  app.put(
    '/api/users/:id/alert-preferences',
    {
      schema: {
        tags,
        summary: 'Choose where your deviation alerts go',
        params: IdParams,
        body: PutAlertPreferences,
        response: replies({ 200: AlertPreferencesView }),
      },
      config: own,
    },
    async (request) => alerts.putAlertPreferences(ctx, actorOf(request), request.params.id, request.body),
  );
}
