import { useEffect, useRef, type RefObject } from 'react';

const FIELDS =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

// WCAG 2.4.3 for a form that opens in place of the button that opened it: the button unmounts,
// and without this the focus falls to <body>, where a screen reader says nothing and the next
// Tab starts from the top of the page. When `open` becomes true (a form component mounted on
// opening passes nothing), focus moves to the form's first field.
export function useFocusOnOpen<T extends HTMLElement>(open = true): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!open) return;
    const root = ref.current;
    if (!root) return;
    const first = root.querySelector<HTMLElement>(FIELDS);
    if (first) first.focus();
    else {
      root.tabIndex = -1;
      root.focus();
    }
  }, [open]);
  return ref;
}
