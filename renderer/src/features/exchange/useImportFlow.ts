import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, PackagePreview } from '../../../../shared/schemas/exchange';
import { ApiCallError, call } from '../../api';
import { readAsBase64 } from './files';
import { refreshEverything } from './queries';

/** Where an import stands: read the file, check and preview it (a dry run), apply on confirmation. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; percent: number }
  | { step: 'checking'; fileName: string }
  | { step: 'preview'; fileName: string; base64: string; preview: PackagePreview }
  | { step: 'applying'; fileName: string; preview: PackagePreview }
  | { step: 'done'; fileName: string; result: ImportResult }
  | { step: 'failed'; fileName: string; message: string };

export interface ImportFlow {
  state: ImportState;
  start: (file: File) => void;
  apply: () => void;
  close: () => void;
}

export function useImportFlow(): ImportFlow {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // A newer file (or closing) makes the answers of an older one moot.
  const run = useRef(0);
  const messageOf = useCallback((error: unknown) => (error instanceof ApiCallError ? error.message : t('exchange.receive.unreadable')), [t]);

  const start = useCallback(
    (file: File) => {
      const id = ++run.current;
      const fileName = file.name;
      setState({ step: 'reading', fileName, percent: 0 });
      void (async () => {
        try {
          const base64 = await readAsBase64(file, (percent) => run.current === id && setState({ step: 'reading', fileName, percent }));
          if (run.current !== id) return;
          setState({ step: 'checking', fileName });
          const preview = await call('exchange.preview', { file: base64, fileName });
          if (run.current === id) setState({ step: 'preview', fileName, base64, preview });
        } catch (error) {
          if (run.current === id) setState({ step: 'failed', fileName, message: messageOf(error) });
        }
      })();
    },
    [messageOf],
  );

  const apply = useCallback(() => {
    if (state.step !== 'preview') return;
    const id = run.current;
    const { fileName, base64, preview } = state;
    setState({ step: 'applying', fileName, preview });
    call('exchange.import', { file: base64, fileName }).then(
      (result) => {
        // Anything may have changed: plans, records, the roster, the inbox.
        void refreshEverything(queryClient);
        if (run.current === id) setState({ step: 'done', fileName, result });
      },
      (error: unknown) => run.current === id && setState({ step: 'failed', fileName, message: messageOf(error) }),
    );
  }, [state, queryClient, messageOf]);

  const close = useCallback(() => {
    // An import being applied finishes on the service; only the dialog goes.
    run.current++;
    setState({ step: 'idle' });
  }, []);

  return { state, start, apply, close };
}
