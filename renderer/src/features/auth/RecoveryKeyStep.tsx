import { KeyOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { AuthLayout } from './AuthLayout';
import { DOCX, downloadBase64 } from './download';
import { messageOf } from './forms';

/**
 * Right after setup: the recovery key in big type, once. The Word sheet prints it; the app opens
 * only when the admin says it is printed or stored.
 */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kept, setKept] = useState(false);
  const [printing, setPrinting] = useState(false);
  // The key is shown only here: closing or reloading the page before it is kept would lose it.
  useEffect(() => {
    if (kept) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [kept]);
  const print = async () => {
    setPrinting(true);
    try {
      const sheet = await call('auth.recoverySheet', { recoveryKey });
      downloadBase64(sheet.fileName, sheet.base64, DOCX);
      void message.success(t('auth.recovery.printed', { name: sheet.fileName }));
    } catch (error) {
      void message.error(messageOf(error, t('common.unexpectedError')));
    } finally {
      setPrinting(false);
    }
  };
  return (
    <AuthLayout title={t('auth.recovery.title')} icon={<KeyOutlined style={{ fontSize: 24, color: '#b45309' }} aria-hidden />} width={720}>
      <Typography.Paragraph style={{ fontSize: 15 }}>{t('auth.recovery.intro')}</Typography.Paragraph>
      <div
        role="note"
        aria-label={t('auth.field.recoveryKey')}
        data-testid="recovery-key"
        style={{
          fontFamily: '"Courier New", "Noto Sans Mono", monospace',
          fontSize: 30,
          fontWeight: 700,
          letterSpacing: 2,
          textAlign: 'center',
          padding: '20px 12px',
          margin: '8px 0 20px',
          border: '2px dashed #b45309',
          borderRadius: 8,
          background: '#fffbeb',
          // Lines break after a dash, never inside a group.
          overflowWrap: 'normal',
          userSelect: 'all',
        }}
      >
        {recoveryKey}
      </div>
      <Alert type="warning" showIcon title={t('auth.recovery.keep')} style={{ marginBottom: 20 }} />
      <Flex vertical gap={16}>
        <Button size="large" icon={<PrinterOutlined aria-hidden />} loading={printing} onClick={() => void print()} style={{ alignSelf: 'flex-start' }}>
          {t('auth.recovery.print')}
        </Button>
        <Checkbox checked={kept} onChange={(e) => setKept(e.target.checked)} style={{ fontSize: 15 }}>
          {t('auth.recovery.confirm')}
        </Checkbox>
        <Button type="primary" size="large" disabled={!kept} onClick={onDone} style={{ alignSelf: 'flex-end' }}>
          {t('auth.recovery.continue')}
        </Button>
      </Flex>
    </AuthLayout>
  );
}
