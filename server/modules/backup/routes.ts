import { z } from 'zod';
import { ErrorBody } from '@contract/common';
import type { Database } from '../../db/client';
import type { App } from '../../platform/http';
import { backupPolicies } from './policies';
import * as service from './service';

export function backupRoutes(app: App, database: Database): void {
  app.get(
    '/api/backup',
    {
      schema: {
        tags: ['backup'],
        summary: 'A consistent backup of the embedded database while Korsa runs (PGlite; `korsa backup --url` fetches it)',
        response: {
          200: { description: 'The PGlite data directory as a gzipped tar (korsa restore loads it)', content: { 'application/gzip': { schema: z.string() } } },
          '4xx': ErrorBody,
        },
      },
      config: { policy: backupPolicies.backUp },
    },
    async (_request, reply) => {
      const dump = await service.dumpRunningDatabase(database);
      const name = `korsa-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.tar.gz`;
      // the documented body is binary (a string in JSON Schema's terms); Fastify sends a Buffer as it is
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(dump as unknown as string);
    },
  );
}
