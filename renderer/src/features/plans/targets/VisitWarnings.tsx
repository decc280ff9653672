import { WarningOutlined } from '@ant-design/icons';
import { Alert, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanTarget } from '../../../../../shared/schemas/plan';

/** Visits on a day that asks for a second look (a Saturday or Sunday): each one in the service's words. */
export function VisitWarningsAlert({ targets }: { targets: PlanTarget[] }) {
  const { t } = useTranslation();
  const warned = targets.filter((x) => x.warnings.length > 0);
  if (warned.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('plans.targets.warningsTitle', { count: warned.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warned.map((x) => (
            <li key={x.id}>
              <strong>{x.establishmentName}</strong>: {x.warnings.join('; ')}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** The warning sign next to a visit's day, its words on hover or focus. */
export function VisitWarningIcon({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{warnings.join('\n')}</span>}>
      <WarningOutlined role="img" tabIndex={0} aria-label={warnings.join('; ')} style={{ color: '#d97706', marginInlineStart: 4 }} />
    </Tooltip>
  );
}
