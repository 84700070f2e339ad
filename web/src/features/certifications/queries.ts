import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CertificationCoverage, GrantCertification, SellerCertifications } from '@contract/certifications';
import { api } from '../../shared/api/client';
import { certificationKeys } from '../../shared/certifications/api';

export function useCoverage() {
  return useQuery({
    queryKey: certificationKeys.coverage,
    queryFn: ({ signal }) => api.get<CertificationCoverage>('/api/certifications/coverage', undefined, signal),
  });
}

/** Granting and revoking answer the seller's certifications as they now are; coverage and proposals hear of it. */
export function useCertificationWrites(sellerId: string) {
  const queryClient = useQueryClient();
  const done = (view: SellerCertifications) => {
    queryClient.setQueryData(certificationKeys.seller(sellerId), view);
    return queryClient.invalidateQueries({ queryKey: certificationKeys.all, predicate: (q) => q.queryKey[1] !== 'seller' });
  };
  return {
    grant: useMutation({
      mutationFn: (input: GrantCertification) => api.post<SellerCertifications>(`/api/users/${sellerId}/certifications`, input),
      onSuccess: done,
    }),
    revoke: useMutation({
      mutationFn: (id: string) => api.post<SellerCertifications>(`/api/certifications/${id}/revoke`, {}),
      onSuccess: done,
    }),
  };
}
