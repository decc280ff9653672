import { CheckSquareOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTodoBadge } from './useTodoBadge';

/**
 * The icon of «Việc cần làm» carries its count (red while something is overdue), so the count
 * stays in sight when the menu folds to icons in a narrow window.
 */
export function TodoNavIcon() {
  const { t } = useTranslation();
  const count = useTodoBadge();
  const total = count?.total ?? 0;
  return (
    <Badge
      count={total}
      size="small"
      overflowCount={99}
      offset={[2, -2]}
      color={count && count.overdue > 0 ? '#d4380d' : '#1f4e79'}
      title={count ? t('followUp.todo.total', { count: total, overdue: count.overdue }) : undefined}
      data-testid="todo-nav"
    >
      <CheckSquareOutlined aria-hidden />
    </Badge>
  );
}
