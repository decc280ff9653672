import { Alert, Button, Modal, Skeleton, Table, Typography } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictInfo } from '../../../../shared/errors';
import { formatValue, formatVietnamTime } from '../formatValue';
import { sameValue, type FormValues } from './updateInput';

/** The record as it is now, as form values, and the version to save on. */
export interface FreshRecord {
  values: FormValues;
  version: number;
}

/** What an edit form gives the conflict dialog (built once, in useRecordForm or the form itself). */
export interface ConflictTarget {
  /** The fields compared, in the form's order. */
  fields: () => readonly string[];
  /** The values in the form now. */
  mine: () => FormValues;
  /** Reads the record as it is now; without it (or if it fails) the conflict's `current` row is used. */
  current?: () => Promise<FreshRecord | undefined>;
  /** The field's label in the form. */
  labelOf: (field: string) => string;
  /** A value as the form shows it (names for ids and codes); undefined = the generic format. */
  display?: (field: string, value: unknown) => ReactNode | undefined;
  /** Puts the record as it is now into the form ("Tải lại"). */
  reload: (fresh: FreshRecord) => void;
}

export interface ConflictRequest {
  conflict: ConflictInfo;
  target: ConflictTarget;
  /** The fields the refused save changed. */
  sent: string[];
  onReload: (fresh: FreshRecord) => void;
  /** Saves the same changes again on `version`. */
  onKeep: (version: number) => void;
}

type Show = (request: ConflictRequest) => void;
const ConflictContext = createContext<Show | undefined>(undefined);

/** The one conflict dialog of the app; useCommandMutation opens it for any edit form. */
export function ConflictDialogProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ request?: ConflictRequest; open: boolean; key: number }>({ open: false, key: 0 });
  const show = useCallback<Show>((request) => setState((s) => ({ request, open: true, key: s.key + 1 })), []);
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return (
    <ConflictContext.Provider value={show}>
      {children}
      {state.request && <ConflictDialog key={state.key} request={state.request} open={state.open} onClose={close} />}
    </ConflictContext.Provider>
  );
}

export const useConflictDialog = (): Show | undefined => useContext(ConflictContext);

async function freshOf({ conflict, target }: ConflictRequest): Promise<FreshRecord> {
  try {
    const fresh = await target.current?.();
    if (fresh) return fresh;
  } catch {
    // The row carried by the answer is enough to compare.
  }
  const values = Object.fromEntries(target.fields().map((field) => [field, conflict.current[field] ?? undefined]));
  return { values, version: conflict.version };
}

interface Row {
  field: string;
  label: string;
  mine: unknown;
  theirs: unknown;
  changedByMe: boolean;
}

function ConflictDialog({ request, open, onClose }: { request: ConflictRequest; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { conflict, target } = request;
  const [fresh, setFresh] = useState<FreshRecord>();
  useEffect(() => {
    let live = true;
    void freshOf(request).then((f) => live && setFresh(f));
    return () => {
      live = false;
    };
  }, [request]);
  const mine = useMemo(() => target.mine(), [target]);
  const rows: Row[] = fresh
    ? target
        .fields()
        .filter((field) => !sameValue(mine[field], fresh.values[field]))
        .map((field) => ({ field, label: target.labelOf(field), mine: mine[field], theirs: fresh.values[field], changedByMe: request.sent.includes(field) }))
    : [];
  const show = (field: string, value: unknown) => target.display?.(field, value) ?? formatValue(value, t);

  const reload = () => {
    if (fresh) request.onReload(fresh);
    onClose();
  };
  const keep = () => {
    if (fresh) request.onKeep(fresh.version);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('conflict.title')}
      onCancel={onClose}
      width={780}
      destroyOnHidden
      footer={[
        <Button key="reload" onClick={reload} disabled={!fresh}>
          {t('conflict.reload')}
        </Button>,
        <Button key="keep" type="primary" onClick={keep} disabled={!fresh}>
          {t('conflict.keepMine')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        {t('conflict.changedBy', { user: conflict.updatedBy, at: formatVietnamTime(conflict.updatedAt) })}
      </Typography.Paragraph>
      {!fresh ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : rows.length === 0 ? (
        <Alert type="info" showIcon title={t('conflict.noDifference')} style={{ marginBottom: 12 }} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          style={{ marginBottom: 12 }}
          columns={[
            { key: 'field', title: t('conflict.field'), dataIndex: 'label', width: '26%', render: (label: string) => <Typography.Text strong>{label}</Typography.Text> },
            {
              key: 'mine',
              title: t('conflict.yourValue'),
              width: '37%',
              render: (_, row) =>
                row.changedByMe ? (
                  show(row.field, row.mine)
                ) : (
                  <Typography.Text type="secondary">
                    {show(row.field, row.mine)} <em>({t('conflict.notChangedByYou')})</em>
                  </Typography.Text>
                ),
            },
            { key: 'theirs', title: t('conflict.currentValue'), width: '37%', render: (_, row) => show(row.field, row.theirs) },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('conflict.hint')}
      </Typography.Paragraph>
    </Modal>
  );
}
