import multipart from '@fastify/multipart';
import { z } from 'zod';
import { IdParams } from '@contract/common';
import { ImportErrorsQuery, ImportPreview, ImportQuery, ImportRun, RowErrorItem } from '@contract/imports';
import type { ImportEntity } from '@domain/imports/layouts';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { actorOf, csvReplies, replies, type App } from '../../platform/http';
import { allows } from '@domain/policy';
import { entityPolicy, importPolicies } from './policies';
import * as file from './file';
import * as reports from './service-reports';
import * as service from './service';

/**
 * Uploads are the CSV file itself as the body (text/csv), up to this size; or, for orders with a
 * separate lines file, a multipart form with the two files (`file`, `lines`), each up to this size.
 */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

function mayImport(actor: Actor, entity: ImportEntity) {
  const policy = entityPolicy(entity);
  if (!allows(policy, actor)) throw errors.forbidden(`Only ${policy.name} may import ${entity}.`);
}

export function importRoutes(app: App, ctx: AppContext): void {
  const tags = ['imports'];
  void app.register(async (scope: App) => {
    // the file's bytes as they are: its encoding is detected (or given) when it is read
    scope.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    // orders with their lines file: two files in one form, each read whole (files become Buffers)
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 2, fields: 0, parts: 2 },
    });
    const csvBody = {
      consumes: ['text/csv', 'multipart/form-data'],
      body: z
        .custom<file.Upload>(
          file.isUpload,
          'Send the CSV file as the body with Content-Type: text/csv (or, for orders, a form with the parts "file" and "lines").',
        )
        .meta({
          type: 'string',
          format: 'binary',
          description:
            'The CSV file: UTF-8 (with or without BOM), UTF-16 or Windows-1252/Latin-1, detected; `,` `;` or tab. For orders with a ' +
            'separate lines file: multipart/form-data with the order file as `file` and the lines file as `lines`, joined on the order id.',
        }),
    };

    scope.post(
      '/api/imports/preview',
      {
        schema: {
          tags,
          summary: 'Detect columns and mapping, show sample rows and errors',
          querystring: ImportQuery,
          ...csvBody,
          response: replies({ 200: ImportPreview }),
        },
        config: { policy: importPolicies.run },
        bodyLimit: MAX_UPLOAD_BYTES,
      },
      async (request) => {
        mayImport(actorOf(request), request.query.entity);
        const upload = await file.uploadedFile(request.body, request.query.entity, request.query.encoding);
        return service.previewImport(ctx, upload, request.query);
      },
    );

    scope.post(
      '/api/imports',
      {
        schema: {
          tags,
          summary: 'Start an import; poll GET /api/imports/:id for progress',
          querystring: ImportQuery,
          ...csvBody,
          response: replies({ 202: ImportRun }),
        },
        config: { policy: importPolicies.run },
        bodyLimit: MAX_UPLOAD_BYTES,
      },
      async (request, reply) => {
        const actor = actorOf(request);
        mayImport(actor, request.query.entity);
        const upload = await file.uploadedFile(request.body, request.query.entity, request.query.encoding);
        const { run, done } = await service.startImport(
          ctx,
          { ...request.query, encoding: upload.encoding, actor: { id: actor.id, salesGroupId: actor.salesGroupId } },
          upload.input,
        );
        done.catch((err: unknown) => request.log.error({ err, importId: run.id }, 'import failed'));
        return reply.status(202).send(run);
      },
    );
  });

  app.get(
    '/api/imports',
    { schema: { tags, summary: 'Recent imports', response: replies({ 200: z.array(ImportRun) }) }, config: { policy: importPolicies.run } },
    async () => service.listImports(ctx),
  );
  app.get(
    '/api/imports/:id',
    {
      schema: { tags, summary: 'An import and its progress', params: IdParams, response: replies({ 200: ImportRun }) },
      config: { policy: importPolicies.run },
    },
    async (request) => service.getImport(ctx, request.params.id),
  );
  app.get(
    '/api/imports/:id/errors',
    {
      schema: {
        tags,
        summary: 'The row-level errors of an import',
        params: IdParams,
        querystring: ImportErrorsQuery,
        response: replies({ 200: z.array(RowErrorItem) }),
      },
      config: { policy: importPolicies.run },
    },
    async (request) => reports.importErrors(ctx, request.params.id, request.query.limit, request.query.offset),
  );
  app.get(
    '/api/imports/:id/errors.csv',
    {
      schema: { tags, summary: 'The error report as CSV (row, column, reason)', params: IdParams, response: csvReplies() },
      config: { policy: importPolicies.run },
    },
    async (request, reply) => {
      const csv = await reports.importErrorReport(ctx, request.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${request.params.id}-errors.csv"`)
        .send(csv);
    },
  );
}
