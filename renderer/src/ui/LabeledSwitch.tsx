import { Flex, Switch } from 'antd';
import { useId } from 'react';

interface LabeledSwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A switch with a clickable text label (also its accessible name). */
export function LabeledSwitch({ label, checked, onChange }: LabeledSwitchProps) {
  const id = useId();
  return (
    <Flex align="center" gap={8}>
      <Switch id={id} size="small" checked={checked} onChange={onChange} />
      <label htmlFor={id} style={{ cursor: 'pointer', whiteSpace: 'nowrap' }}>
        {label}
      </label>
    </Flex>
  );
}
