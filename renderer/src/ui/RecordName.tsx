import { Flex, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A record's name in a table cell, flagged when it has been deleted. */
export function RecordName({ deleted, children }: { deleted: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" wrap>
      {children}
      {deleted && <Tag color="red">{t('common.deletedTag')}</Tag>}
    </Flex>
  );
}
