import {
  CertificationCoverage,
  CertificationParams,
  CertifiedSellers,
  CertifiedSellersQuery,
  GrantCertification,
  SellerCertifications,
} from '@contract/certifications';
import { IdParams } from '@contract/common';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { certificationPolicies } from './policies';
import * as service from './service';

export function certificationRoutes(app: App, ctx: AppContext): void {
  const tags = ['certifications'];
  app.get(
    '/api/certifications/coverage',
    {
      schema: {
        tags,
        summary: 'Industry coverage: certified sellers per industry against what its accounts call for, and what expires soon',
        response: replies({ 200: CertificationCoverage }),
      },
      config: { policy: certificationPolicies.coverage },
    },
    async () => service.coverage(ctx),
  );
  app.get(
    '/api/users/:id/certifications',
    {
      schema: {
        tags,
        summary: 'A seller’s industry certifications, current and past',
        params: IdParams,
        response: replies({ 200: SellerCertifications }),
      },
      config: { policy: certificationPolicies.read },
    },
    async (request) => service.sellerCertifications(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/users/:id/certifications',
    {
      schema: {
        tags,
        summary: 'Grant (or renew) a certification in an industry: after an exam, or recorded from outside',
        params: IdParams,
        body: GrantCertification,
        response: replies({ 201: SellerCertifications }),
      },
      config: { policy: certificationPolicies.grant },
    },
    async (request, reply) => reply.status(201).send(await service.grant(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/certifications/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a certification (kept in the seller’s history)',
        params: CertificationParams,
        response: replies({ 200: SellerCertifications }),
      },
      config: { policy: certificationPolicies.grant },
    },
    async (request) => service.revoke(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/api/accounts/:id/certified-sellers',
    {
      schema: {
        tags,
        summary: 'Sellers certified in the account’s industry, proposed when assigning it or routing a tip (optionally of one sales group)',
        params: IdParams,
        querystring: CertifiedSellersQuery,
        response: replies({ 200: CertifiedSellers }),
      },
      config: { policy: certificationPolicies.read },
    },
    async (request) => service.certifiedSellers(ctx, request.params.id, { salesGroupId: request.query.salesGroupId }),
  );
}
