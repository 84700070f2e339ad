import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ApiError } from '../../shared/api/errors';
import { notify } from '../../shared/ui/notify';
import type { TargetGridData } from './api';
import { entriesOf, rejectedCells, type CellKey, type Edits } from './edits';
import { useSaveTargets } from './queries';

/**
 * The grid's pending edits, saved in one request (PUT /api/targets) or discarded. Leaving the page —
 * or the browser tab — with unsaved edits asks first.
 */
export function useTargetEdits(grid: TargetGridData | undefined) {
  const { t } = useTranslation();
  const [edits, setEdits] = useState<Edits>({});
  const [rejected, setRejected] = useState<ReadonlySet<CellKey>>(new Set());
  const save = useSaveTargets();
  const { entries, keys, invalid } = entriesOf(edits);
  const pending = entries.length + invalid;
  const dirty = pending > 0;

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (next: Edits) => {
    setEdits(next);
    if (rejected.size > 0) setRejected(new Set());
  };

  const discard = () => {
    setEdits({});
    setRejected(new Set());
    save.reset();
  };

  const submit = () => {
    if (!grid || invalid > 0 || entries.length === 0) return;
    save.mutate(
      { year: grid.year, entries },
      {
        onSuccess: () => {
          setEdits({});
          setRejected(new Set());
          notify(t('targets.save.saved', { count: entries.length }));
        },
        onError: (error) => {
          if (error instanceof ApiError)
            setRejected(
              rejectedCells(
                error.fieldIssues.map((i) => i.path),
                keys,
              ),
            );
        },
      },
    );
  };

  return { edits, rejected, pending, invalid, dirty, change, discard, submit, save, blocker };
}
