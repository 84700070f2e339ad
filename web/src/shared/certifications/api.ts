import { useQuery } from '@tanstack/react-query';
import type { CertifiedSellers, SellerCertifications } from '@contract/certifications';
import { api } from '../api/client';

export type { CertifiedSellers, SellerCertifications };
export const certificationKeys = {
  all: ['certifications'] as const,
  seller: (sellerId: string) => ['certifications', 'seller', sellerId] as const,
  proposals: (accountId: string, salesGroupId: string | null) => ['certifications', 'proposals', accountId, salesGroupId ?? ''] as const,
  coverage: ['certifications', 'coverage'] as const,
};

/** A seller's certifications (their profile), with whether the viewer may grant and revoke them. */
export function useSellerCertifications(sellerId: string | null | undefined) {
  return useQuery({
    queryKey: certificationKeys.seller(sellerId ?? ''),
    queryFn: ({ signal }) => api.get<SellerCertifications>(`/api/users/${sellerId}/certifications`, undefined, signal),
    enabled: !!sellerId,
  });
}

/** The sellers the server proposes for an account (certified in its industry), optionally of one sales group. */
export function useCertifiedSellers(accountId: string | null | undefined, salesGroupId: string | null = null) {
  return useQuery({
    queryKey: certificationKeys.proposals(accountId ?? '', salesGroupId),
    queryFn: ({ signal }) =>
      api.get<CertifiedSellers>(`/api/accounts/${accountId}/certified-sellers`, salesGroupId ? { salesGroupId } : undefined, signal),
    enabled: !!accountId,
    staleTime: 30_000,
  });
}
