import { HistoryOutlined } from '@ant-design/icons';
import { Button, Collapse, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity, HistoryEntry } from '../../../../shared/schemas/history';
import { dynamicText, formatValue, formatVietnamTime, isBlank } from '../formatValue';
import { QueryError } from '../QueryError';
import { useRecordHistory } from './queries';

/** The table of the record itself; changes of other tables are its rows (members, children, items…). */
const MAIN_TABLE: Record<HistoryEntity, string> = {
  establishment: 'establishments',
  agency: 'agencies',
  official: 'officials',
  plan: 'plans',
  inspection: 'inspections',
};

/** Links to the parent row, the soft-delete stamp (said by the change itself) and bookkeeping: not listed as fields. */
const UNLISTED = new Set(['deletedAt', 'planId', 'inspectionId', 'commitmentId', 'violationId', 'catalogueVersion', 'plan_status_log.actor', 'plan_status_log.at']);

/** Fields whose form label has another key than the field's name. */
const LABEL_KEYS: Record<string, string> = {
  'violations.typeCode': 'inspections.violation.type',
  'violations.recordedByOfficialId': 'inspections.violation.recordedBy',
  'violation_minors.minorId': 'inspections.violation.minorsConcerned',
  'checklist_results.itemCode': 'inspections.checklist.columnItem',
  'checklist_results.result': 'inspections.checklist.columnResult',
  'minors.ageBand': 'inspections.minor.columnAge',
  'plan_status_log.toStatus': 'plans.list.columnStatus',
};
/** Where each table's form labels live, tried in order. */
const LABEL_GROUPS: Record<string, string[]> = {
  establishments: ['establishment.field'],
  agencies: ['directory.agencyField'],
  officials: ['directory.officialField'],
  plans: ['plans.field'],
  inspections: ['inspections.field'],
  minors: ['inspections.minor', 'inspections.fact'],
  violations: ['inspections.violation'],
  commitments: ['inspections.commitment'],
  commitment_items: ['inspections.commitment'],
  inspection_representatives: ['inspections.person'],
  inspection_participants: ['inspections.person'],
  checklist_results: ['inspections.checklist'],
};
/** Enum fields and the labels of their values. */
const ENUM_KEYS: Record<string, string> = {
  'establishments.kind': 'establishment.kind',
  'establishments.sector': 'establishment.sector',
  'agencies.kind': 'directory.agencyKind',
  'plans.kind': 'plans.kind',
  'plans.status': 'plans.status',
  'plan_status_log.fromStatus': 'plans.status',
  'plan_status_log.toStatus': 'plans.status',
  'plan_members.role': 'plans.role',
  'plan_targets.timeSlot': 'plans.slot',
  'inspection_team_members.role': 'plans.role',
  'inspections.status': 'inspections.status',
  'minors.sex': 'inspections.sex',
  'minors.schooling': 'inspections.schooling',
  'minors.ageBand': 'inspections.ageBand',
  'checklist_results.result': 'inspections.result',
  'commitment_items.status': 'inspections.itemStatus',
  'violations.origin': 'inspections.violation.origin',
};

const LONG_TEXT = 400;

/** Form labels that only make sense under their section ("Họ và tên" of the representative). */
const SECTION_OF: Record<string, string> = {
  'establishments.legalRepName': 'establishment.section.legalRep',
  'establishments.legalRepTitle': 'establishment.section.legalRep',
  'establishments.legalRepPhone': 'establishment.section.legalRep',
};

/** The label the form shows for the field (in the UI language), else the service's Vietnamese one. */
export function labelOf(entry: Pick<HistoryEntry, 'table' | 'field' | 'fieldLabel'>, t: TFunction): string {
  const name = `${entry.table}.${entry.field}`;
  const alias = LABEL_KEYS[name] && dynamicText(t, LABEL_KEYS[name]);
  if (alias) return alias;
  for (const group of LABEL_GROUPS[entry.table] ?? []) {
    const text = dynamicText(t, `${group}.${entry.field}`);
    if (!text) continue;
    const section = SECTION_OF[name] && dynamicText(t, SECTION_OF[name]);
    return section ? `${section} — ${text}` : text;
  }
  return entry.fieldLabel;
}

/** Names of the ids and codes a record refers to (officials, establishments, children, places), as the page knows them. */
export type NameOf = (field: string, value: string) => string | undefined;

/** A stored value as the reader sees it: names for ids the page knows, enum labels, formatted dates and amounts. */
export function valueOf(entry: Pick<HistoryEntry, 'table' | 'field'>, value: unknown, t: TFunction, nameOf: NameOf): string {
  const named = typeof value === 'string' ? nameOf(entry.field, value) : undefined;
  if (named) return named;
  const enumKey = ENUM_KEYS[`${entry.table}.${entry.field}`];
  if (enumKey && typeof value === 'string') return dynamicText(t, `${enumKey}.${value}`) ?? value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' && nameOf(entry.field, v)) || formatValue(v, t)).join(', ') || '—';
  const text = formatValue(value, t);
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT)}…` : text;
}

/** One saved change: the entries of one row that share a clock stamp. */
interface Change {
  key: string;
  at: string;
  user: string;
  op: HistoryEntry['op'];
  table: string;
  tableLabel: string;
  entries: HistoryEntry[];
}

function groupChanges(entries: HistoryEntry[]): Change[] {
  const changes: Change[] = [];
  const byKey = new Map<string, Change>();
  for (const entry of entries) {
    const key = `${entry.hlc}|${entry.table}|${entry.rowId}`;
    let change = byKey.get(key);
    if (!change) {
      change = { key, at: entry.at, user: entry.user, op: entry.op, table: entry.table, tableLabel: entry.tableLabel, entries: [] };
      byKey.set(key, change);
      changes.push(change);
    }
    change.entries.push(entry);
  }
  return changes;
}

const OP_COLOURS: Record<HistoryEntry['op'], string> = { insert: 'green', update: 'blue', delete: 'red', restore: 'gold' };
const valueStyle: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };
const PAGE = 30;
const noNames: NameOf = () => undefined;

interface HistoryPanelProps {
  entity: HistoryEntity;
  id: string;
  /** Shown in place of the ids and codes the page can name. */
  nameOf?: NameOf;
  /** Open from the start (e.g. in a tab of its own). */
  defaultOpen?: boolean;
}

/** "Lịch sử thay đổi" of a record page: who changed what and when, newest first, read from the change log. */
export function HistoryPanel({ entity, id, nameOf, defaultOpen = false }: HistoryPanelProps) {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      defaultActiveKey={defaultOpen ? ['history'] : []}
      style={{ marginTop: 16, background: '#fff' }}
      items={[
        {
          key: 'history',
          label: (
            <span>
              <HistoryOutlined aria-hidden /> {t('history.title')}
            </span>
          ),
          children: <HistoryList entity={entity} id={id} nameOf={nameOf ?? noNames} />,
        },
      ]}
    />
  );
}

function HistoryList({ entity, id, nameOf }: { entity: HistoryEntity; id: string; nameOf: NameOf }) {
  const { t } = useTranslation();
  const history = useRecordHistory(entity, id);
  const [shown, setShown] = useState(PAGE);
  if (history.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const changes = groupChanges(history.data);
  if (changes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;

  return (
    <section aria-label={t('history.title')}>
      <Timeline
        style={{ marginTop: 8 }}
        items={changes.slice(0, shown).map((change) => ({
          key: change.key,
          color: OP_COLOURS[change.op],
          content: <ChangeItem change={change} main={change.table === MAIN_TABLE[entity]} nameOf={nameOf} />,
        }))}
      />
      {changes.length > shown && (
        <Button size="small" onClick={() => setShown((n) => n + PAGE)}>
          {t('history.more', { count: changes.length - shown })}
        </Button>
      )}
    </section>
  );
}

function ChangeItem({ change, main, nameOf }: { change: Change; main: boolean; nameOf: NameOf }) {
  const { t } = useTranslation();
  // A new row lists what it was created with; empty fields say nothing.
  const fields = change.entries.filter(
    (e) => !UNLISTED.has(e.field) && !UNLISTED.has(`${e.table}.${e.field}`) && !(change.op === 'insert' && isBlank(e.newValue)),
  );
  return (
    <article aria-label={t('history.changeBy', { user: change.user, at: formatVietnamTime(change.at) })}>
      <div style={{ marginBottom: 4 }}>
        <Typography.Text strong>{change.user}</Typography.Text>
        <Typography.Text type="secondary"> · {formatVietnamTime(change.at)} · </Typography.Text>
        <Tag color={OP_COLOURS[change.op]} style={{ marginInlineEnd: 6 }}>
          {t(`history.op.${change.op}`)}
        </Tag>
        {!main && <Typography.Text type="secondary">{change.tableLabel}</Typography.Text>}
      </div>
      {fields.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {fields.map((entry) => (
            <li key={`${entry.field}`} style={{ marginBottom: 2 }}>
              <Typography.Text type="secondary">{labelOf(entry, t)}: </Typography.Text>
              {change.op === 'insert' ? (
                <span style={valueStyle}>{valueOf(entry, entry.newValue, t, nameOf)}</span>
              ) : (
                <OldToNew before={valueOf(entry, entry.oldValue, t, nameOf)} after={valueOf(entry, entry.newValue, t, nameOf)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** "old → new"; the old value struck through (a dash for "nothing" is not). */
function OldToNew({ before, after }: { before: string; after: string }) {
  return (
    <>
      <span style={{ ...valueStyle, color: '#8c98a8', textDecoration: before === '—' ? undefined : 'line-through' }}>{before}</span>
      <span> → </span>
      <span style={valueStyle}>{after}</span>
    </>
  );
}
