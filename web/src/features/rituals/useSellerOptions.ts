import { sells } from '@domain/people';
import { useActiveUsers, useSalesGroups } from '../../shared/org/queries';

/** The sellers and leaders of sales groups who may take part in a ritual, as options "Name (Group)". */
export function useSellerOptions() {
  const groups = useSalesGroups();
  const users = useActiveUsers();
  const groupName = new Map((groups.data ?? []).map((g) => [g.id, g.name]));
  const sellers = (users.data?.items ?? []).filter(sells);
  const options = sellers
    .filter((u) => u.salesGroupId)
    .map((u) => ({ value: u.id, label: `${u.name} (${groupName.get(u.salesGroupId ?? '') ?? ''})` }));
  return { sellers, options };
}
