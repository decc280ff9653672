import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTodoBadge } from './useTodoBadge';

/** «Việc cần làm» with its count; red while something is overdue. */
export function TodoNavLabel() {
  const { t } = useTranslation();
  const count = useTodoBadge();
  const total = count?.total ?? 0;
  return (
    <span data-testid="todo-nav">
      {t('followUp.todo.nav')}{' '}
      <Badge count={total} size="small" overflowCount={99} color={count && count.overdue > 0 ? '#d4380d' : '#1f4e79'} title={count ? t('followUp.todo.total', { count: total, overdue: count.overdue }) : undefined} />
    </span>
  );
}
