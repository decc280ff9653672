import { CheckSquareOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTodoCount } from '../follow-up/queries';
import { useTodoBadge } from './useTodoBadge';
import './todo.css';

const colorOf = (overdue: number | undefined) => (overdue ? '#d4380d' : '#1f4e79');

/** The icon of «Việc cần làm»: a dot while something is due, seen when the menu folds to icons (todo.css). */
export function TodoNavIcon() {
  const count = useTodoBadge();
  return (
    <Badge dot={Boolean(count?.total)} color={colorOf(count?.overdue)} offset={[0, 5]} className="todo-nav-dot">
      <CheckSquareOutlined aria-hidden />
    </Badge>
  );
}

/** «Việc cần làm» with its count (red while something is overdue). */
export function TodoNavLabel() {
  const { t } = useTranslation();
  // The icon (always mounted, folded or not) keeps the count fresh after writes.
  const count = useTodoCount().data;
  const total = count?.total ?? 0;
  return (
    <span>
      {t('followUp.todo.nav')}{' '}
      <Badge
        count={total}
        size="small"
        overflowCount={99}
        color={colorOf(count?.overdue)}
        title={count ? t('followUp.todo.total', { count: total, overdue: count.overdue }) : undefined}
        data-testid="todo-nav"
      />
    </span>
  );
}
