import { Collapse, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import { formatDateTime } from '../../../i18n/locale';

/** Every amendment of a finalised record: why, who, when it was reopened and closed again. */
export function AmendmentHistory({ amendments }: { amendments: InspectionDetail['amendments'] }) {
  const { t } = useTranslation();
  if (amendments.length === 0) return null;
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 16, background: '#fff' }}
      items={[
        {
          key: 'history',
          label: t('inspections.amend.history', { count: amendments.length }),
          children: (
            <Timeline
              style={{ marginTop: 8 }}
              items={amendments.map((a) => ({
                key: a.id,
                color: a.closedAt ? 'green' : 'orange',
                content: (
                  <>
                    <Typography.Text strong>{t('inspections.amend.opened', { at: formatDateTime(a.openedAt), by: a.openedBy })}</Typography.Text>
                    <div>{a.reason}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
                      {a.closedAt ? t('inspections.amend.closed', { at: formatDateTime(a.closedAt) }) : t('inspections.amend.stillOpen')}
                    </Typography.Text>
                  </>
                ),
              }))}
            />
          ),
        },
      ]}
    />
  );
}
