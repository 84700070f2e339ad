import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateCustomField, CustomFieldDefinition, CustomFieldEntity, CustomFieldOrder, CustomFieldPatch } from '@contract/custom-fields';
import { api } from '../api/client';

export type FieldDefinition = CustomFieldDefinition;
export type FieldEntity = z.infer<typeof CustomFieldEntity>;
export type NewField = z.input<typeof CreateCustomField>;
export type FieldChange = z.input<typeof CustomFieldPatch>;

const key = ['custom-fields'] as const;

export const customFieldsApi = {
  list: (query: { entity?: FieldEntity; all?: 'true' }, signal?: AbortSignal) =>
    api.get<{ items: FieldDefinition[] }>('/api/custom-fields', query, signal),
  create: (input: NewField) => api.post<FieldDefinition>('/api/custom-fields', input),
  update: (id: string, patch: FieldChange) => api.patch<FieldDefinition>(`/api/custom-fields/${id}`, patch),
  reorder: (order: CustomFieldOrder) => api.put<{ items: FieldDefinition[] }>('/api/custom-fields/order', order),
};

/** The fields of a kind of record in their order (archived ones only with `all`, for the settings page). */
export function useCustomFields(entity?: FieldEntity, all = false) {
  return useQuery({
    queryKey: [...key, entity ?? 'every', all],
    queryFn: ({ signal }) => customFieldsApi.list({ entity, ...(all ? { all: 'true' as const } : {}) }, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

/** Define and change fields (admins): every list of fields refreshes. */
export function useCustomFieldWrites() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: key });
  return {
    create: useMutation({ mutationFn: customFieldsApi.create, onSuccess }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: FieldChange }) => customFieldsApi.update(id, patch),
      onSuccess,
    }),
    reorder: useMutation({ mutationFn: customFieldsApi.reorder, onSuccess }),
  };
}
