import { usePopoverContext } from '@mantine/core';
import { useLayoutEffect } from 'react';

/**
 * Anchors the surrounding Popover or Menu at an element already on the page, instead of at a target
 * child. Long lists and grids use it to mount one menu on demand rather than one per row or cell.
 */
export function AnchorAt({ element }: { element: HTMLElement }) {
  const popover = usePopoverContext();
  useLayoutEffect(() => popover.reference(element), [popover, element]);
  return null;
}
