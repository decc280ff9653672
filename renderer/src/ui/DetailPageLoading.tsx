import { ArrowLeftOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Skeleton } from 'antd';
import { Link } from 'react-router';
import { ApiCallError } from '../api';
import { QueryError } from './QueryError';

/** "← back to the list" above a record page. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} style={{ display: 'inline-block', marginBottom: 8 }}>
      <ArrowLeftOutlined aria-hidden /> {label}
    </Link>
  );
}

/**
 * What a record page shows until its record is loaded: a skeleton, a "not found" notice, or the
 * error with a retry. Null once the data is there.
 */
export function DetailPageLoading({ query, back, notFound }: { query: UseQueryResult<unknown>; back: React.ReactNode; notFound: string }) {
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!query.isError) return null;
  const missing = query.error instanceof ApiCallError && query.error.error.code === 'NOT_FOUND';
  return (
    <>
      {back}
      {missing ? <Alert type="warning" showIcon title={notFound} /> : <QueryError error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
