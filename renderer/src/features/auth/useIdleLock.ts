import { useEffect, useRef } from 'react';
import { call } from '../../api';

/** What counts as the user being there. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** How often the page tells the service the user is still working, and checks the session is still open. */
const BEAT_MS = 30_000;

interface IdleLockOptions {
  minutes: number;
  lock: () => void;
  /** The service answered that the session is no longer open (locked elsewhere, signed out). */
  recheck: () => void;
}

/**
 * Locks after `minutes` without input, and at once on Ctrl+L. While the user works, a light
 * command every half minute keeps the service's own idle clock (which only sees commands) from
 * locking a session in the middle of a long form; while nobody works, the status is read, so a
 * lock from another tab or by the service shows here too.
 */
export function useIdleLock({ minutes, lock, recheck }: IdleLockOptions): void {
  const actions = useRef({ lock, recheck });
  actions.current = { lock, recheck };

  useEffect(() => {
    let lastInput = Date.now();
    let lastBeat = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = minutes * 60_000;
    const check = () => {
      const idle = Date.now() - lastInput;
      if (idle >= limit) {
        actions.current.lock();
        return;
      }
      timer = setTimeout(check, Math.min(limit - idle, BEAT_MS));
      if (Date.now() - lastBeat >= BEAT_MS) {
        const active = lastInput > lastBeat;
        lastBeat = Date.now();
        if (active) void call('settings.get', {}).catch(() => undefined);
        else
          void call('auth.status', {})
            .then((status) => status.state !== 'signed_in' && actions.current.recheck())
            .catch(() => undefined);
      }
    };
    const seen = () => {
      lastInput = Date.now();
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        event.stopPropagation();
        actions.current.lock();
      }
    };
    for (const name of INPUT_EVENTS) window.addEventListener(name, seen, { capture: true, passive: true });
    window.addEventListener('keydown', onKey, { capture: true });
    timer = setTimeout(check, Math.min(limit, BEAT_MS));
    return () => {
      clearTimeout(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, seen, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [minutes]);
}
