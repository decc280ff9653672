import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { forgetUnsaved, hasUnsaved, unsavedLabels } from './unsavedStore';
import { useConfirmDiscard } from './useConfirmDiscard';

/**
 * While a form holds unsaved changes: moving to another page asks first (menu, links, back),
 * and so does reloading or closing the window (the browser's own question). Moving between the
 * tabs of one record (?tab=) is not leaving it.
 */
export function NavigationGuard() {
  const confirmDiscard = useConfirmDiscard();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsaved());

  const current = useRef(blocker);
  current.current = blocker;

  // Asked once per blocked move (the blocker object itself changes on every render).
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    confirmDiscard({
      forms: unsavedLabels(),
      onDiscard: () => {
        forgetUnsaved();
        current.current.proceed?.();
      },
      onStay: () => current.current.reset?.(),
    });
  }, [blocker.state, confirmDiscard]);

  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (!hasUnsaved()) return;
      event.preventDefault();
      // Older engines need the legacy return value to show the question.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  return null;
}
