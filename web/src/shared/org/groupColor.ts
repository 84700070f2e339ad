import { useCallback } from 'react';
import { useSalesGroups } from './queries';

/** A steady colour per sales group, so that a group looks the same on the timeline, in touchpoints and the product row. */
const palette = ['grape', 'teal', 'orange', 'cyan', 'pink', 'lime', 'violet', 'yellow'] as const;

function hashColor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return palette[Math.abs(hash) % palette.length] ?? 'gray';
}

/**
 * The colour of each sales group: by its place in the alphabetical list of groups, so that the
 * first eight never share a colour (a group the list does not know yet gets one from its id).
 */
export function useGroupColor(): (id: string | null | undefined) => string {
  const groups = useSalesGroups();
  return useCallback(
    (id) => {
      if (!id) return 'gray';
      const sorted = [...(groups.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
      const index = sorted.findIndex((g) => g.id === id);
      return index >= 0 ? (palette[index % palette.length] ?? 'gray') : hashColor(id);
    },
    [groups.data],
  );
}
