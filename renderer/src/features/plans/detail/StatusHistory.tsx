import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../../shared/schemas/plan';
import { formatDateTime } from '../../../i18n/locale';

const DOT_COLORS = { draft: 'gray', approved: 'blue', in_progress: 'orange', completed: 'green', cancelled: 'red' } as const;

/** Who moved the plan to which status, and when, oldest first. */
export function StatusHistory({ history }: { history: PlanDetail['history'] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      aria-label={t('plans.detail.history')}
      items={history.map((h, i) => ({
        key: i,
        color: DOT_COLORS[h.toStatus],
        content: (
          <>
            <Typography.Text strong>
              {h.fromStatus ? `${t(`plans.status.${h.fromStatus}`)} → ${t(`plans.status.${h.toStatus}`)}` : t('plans.detail.created')}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
                {t('plans.detail.byWhom', { actor: h.actor, at: formatDateTime(h.at) })}
              </Typography.Text>
            </div>
            {h.note && <div style={{ fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>«{h.note}»</div>}
          </>
        ),
      }))}
    />
  );
}
