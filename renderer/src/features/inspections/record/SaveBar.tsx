import { Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The save row of a long section: stays at the bottom of the window and says when something is unsaved. */
export function SaveBar({ dirty, draftSavedAt, children }: { dirty: boolean; draftSavedAt?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex
      justify="flex-end"
      align="center"
      gap={16}
      style={{ position: 'sticky', bottom: 0, zIndex: 5, background: '#fff', borderTop: '1px solid #eef0f3', padding: '12px 0', marginTop: 8 }}
    >
      <Typography.Text type={dirty ? 'warning' : 'secondary'} aria-live="polite">
        {dirty ? t('inspections.unsaved') : t('inspections.allSaved')}
        {dirty && draftSavedAt && ` · ${t('ui.draft.savedAt', { time: dayjs(draftSavedAt).format('HH:mm') })}`}
      </Typography.Text>
      {children}
    </Flex>
  );
}
