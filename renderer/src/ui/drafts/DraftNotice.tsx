import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

interface DraftNoticeProps {
  savedAt: string;
  /** The record was saved again after the draft was written. */
  stale?: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}

/** "Có bản nháp chưa lưu": a draft found when the form opened, to restore or throw away. */
export function DraftNotice({ savedAt, stale, onRestore, onDiscard }: DraftNoticeProps) {
  const { t } = useTranslation();
  const at = dayjs(savedAt);
  return (
    <Alert
      type="warning"
      showIcon
      icon={<HistoryOutlined aria-hidden />}
      role="alert"
      title={t('ui.draft.offerTitle')}
      description={
        <>
          <div>{t('ui.draft.offerText', { time: at.format('HH:mm'), date: at.format('DD/MM/YYYY') })}</div>
          {stale && <div>{t('ui.draft.staleText')}</div>}
        </>
      }
      action={
        <Flex vertical gap={6}>
          <Button size="small" type="primary" onClick={onRestore}>
            {t('ui.draft.restore')}
          </Button>
          <Button size="small" onClick={onDiscard}>
            {t('ui.draft.discard')}
          </Button>
        </Flex>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
