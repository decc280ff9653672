import { UserAddOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Official } from '../../../../../shared/schemas/directory';
import { SearchSelect } from '../../../ui/SearchSelect';

interface OfficialPickerProps {
  officials: Official[];
  loading: boolean;
  /** Officials already in the team, left out of the list. */
  taken: Set<string>;
  disabled?: boolean;
  onPick: (official: Official) => void;
}

export const officialLabel = (o: { fullName: string; position?: string; agencyName: string }) =>
  [o.fullName, o.position, o.agencyName].filter(Boolean).join(' – ');

/** Search the directory (without accents) by name, position or agency; choosing adds the official at once. */
export function OfficialPicker({ officials, loading, taken, disabled, onPick }: OfficialPickerProps) {
  const { t } = useTranslation();
  const options = officials.filter((o) => !taken.has(o.id)).map((o) => ({ value: o.id, label: officialLabel(o) }));
  return (
    <Flex align="center" gap={8} style={{ flex: 1, maxWidth: 560 }}>
      <UserAddOutlined aria-hidden style={{ color: 'rgba(0,0,0,0.45)' }} />
      <SearchSelect
        aria-label={t('plans.team.addLabel')}
        placeholder={t('plans.team.addPlaceholder')}
        value={null as unknown as string}
        options={options}
        loading={loading}
        disabled={disabled}
        onChange={(id) => {
          const official = officials.find((o) => o.id === id);
          if (official) onPick(official);
        }}
        style={{ flex: 1 }}
      />
    </Flex>
  );
}
