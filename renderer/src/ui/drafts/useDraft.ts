import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredDraft } from '../../../../shared/schemas/draft';
import { call } from '../../api';

/** How long after the last change the draft is written. */
const SAVE_DELAY_MS = 400;

interface DraftOptions<T> {
  /** Which form of which record; none: no draft. */
  key: string | undefined;
  /** Off for a read-only form, a closed drawer, or a role that cannot save. */
  enabled: boolean;
  /** What to keep while the form holds unsaved changes; undefined when it holds none. */
  value: T | undefined;
}

export interface DraftControl<T> {
  /** A draft found when the form opened, waiting for the user to restore or discard it. */
  offer: { savedAt: string; data: T } | undefined;
  /** When the running draft was last written. */
  savedAt: string | undefined;
  /** Takes the offered draft (the caller puts it into the form). */
  takeOffer: () => T | undefined;
  /** Throws the offered or running draft away. */
  discard: () => void;
}

/**
 * An unsaved form's draft, kept by the service (encrypted, per user: drafts.*): written a moment
 * after each change while the form differs from what is saved, removed once it no longer does
 * (saved, or changed back), and offered back when the form opens again (after a reload, a crash
 * or the lock screen). While an offer waits, nothing is written over it.
 */
export function useDraft<T>({ key, enabled, value }: DraftOptions<T>): DraftControl<T> {
  const [offer, setOffer] = useState<DraftControl<T>['offer']>();
  const [checked, setChecked] = useState<string | undefined>();
  const [savedAt, setSavedAt] = useState<string>();
  // What the service holds for this key: the JSON last written, or undefined.
  const stored = useRef<string | undefined>(undefined);
  const active = Boolean(key && enabled);

  useEffect(() => {
    if (!active || !key || checked === key) return undefined;
    let live = true;
    call('drafts.get', { key })
      .then((found: StoredDraft | null) => {
        if (!live) return;
        if (found) {
          stored.current = JSON.stringify(found.data);
          setOffer({ savedAt: found.savedAt, data: found.data as T });
        }
        setChecked(key);
      })
      .catch(() => live && setChecked(key));
    return () => {
      live = false;
    };
  }, [active, key, checked]);

  const serialized = value === undefined ? undefined : JSON.stringify(value);
  const ready = active && checked === key && !offer;
  useEffect(() => {
    if (!ready || !key || serialized === stored.current) return undefined;
    if (serialized === undefined) {
      // Saved (or changed back): the draft goes at once, so a reload right after the save is not offered it.
      stored.current = undefined;
      setSavedAt(undefined);
      void call('drafts.discard', { key }).catch(() => undefined);
      return undefined;
    }
    const timer = setTimeout(() => {
      stored.current = serialized;
      call('drafts.save', { key, data: JSON.parse(serialized) as never })
        .then((r) => setSavedAt(r.savedAt))
        .catch(() => {
          stored.current = undefined; // try again at the next change
        });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ready, key, serialized]);

  const takeOffer = useCallback(() => {
    const data = offer?.data;
    setOffer(undefined);
    return data;
  }, [offer]);

  const discard = useCallback(() => {
    setOffer(undefined);
    setSavedAt(undefined);
    stored.current = undefined;
    if (key) void call('drafts.discard', { key }).catch(() => undefined);
  }, [key]);

  return { offer, savedAt, takeOffer, discard };
}
