import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Spin } from 'antd';
import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import './documents.css';

interface DocxPreviewProps {
  documentId: string;
  fileName: string;
}

/** Prints only the preview: a copy of it goes under <body>, which the print stylesheet alone shows. */
function printPreview(source: HTMLElement) {
  const clone = document.createElement('div');
  clone.className = 'docx-print-clone';
  clone.innerHTML = source.innerHTML;
  document.body.append(clone);
  const cleanUp = () => {
    clone.remove();
    window.removeEventListener('afterprint', cleanUp);
  };
  window.addEventListener('afterprint', cleanUp);
  window.print();
}

/** The generated Word file drawn inside the app (docx-preview), as it will print. */
export function DocxPreview({ documentId, fileName }: DocxPreviewProps) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const target = host.current;
    if (!target) return;
    let cancelled = false;
    setState('loading');
    call('documents.content', { id: documentId })
      .then(({ base64 }) => {
        if (cancelled) return;
        target.replaceChildren();
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        return renderAsync(bytes, target, undefined, { className: 'docx', inWrapper: true, ignoreLastRenderedPageBreak: true, breakPages: true });
      })
      .then(() => !cancelled && setState('ready'))
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
  }, [documentId]);

  return (
    <Card
      size="small"
      title={t('inspections.documents.previewTitle', { name: fileName })}
      extra={
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} disabled={state !== 'ready'} onClick={() => host.current && printPreview(host.current)}>
          {t('inspections.documents.print')}
        </Button>
      }
    >
      {state === 'loading' && (
        <Flex justify="center" style={{ padding: 32 }}>
          <Spin />
        </Flex>
      )}
      {state === 'failed' && <Alert type="error" showIcon title={t('inspections.documents.previewFailed')} />}
      <section
        aria-label={t('inspections.documents.preview')}
        ref={host}
        className="docx-preview-host"
        tabIndex={0}
        style={{ overflow: 'auto', maxHeight: 'calc(100vh - 160px)', borderRadius: 6 }}
      />
    </Card>
  );
}
