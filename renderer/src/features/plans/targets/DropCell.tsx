import { useState, type CSSProperties, type ReactNode } from 'react';

/** The data a dragged visit card carries: its target id. */
export const DRAG_TYPE = 'text/plain';

interface DropCellProps {
  /** Outside the plan's period, or a read-only plan: nothing can be dropped here. */
  disabled: boolean;
  onDropTarget: (targetId: string) => void;
  label?: string;
  style?: CSSProperties;
  children?: ReactNode;
}

/** A day (or day and time slot) of a calendar that accepts a dragged visit card. */
export function DropCell({ disabled, onDropTarget, label, style, children }: DropCellProps) {
  const [over, setOver] = useState(false);
  const handlers = disabled
    ? {}
    : {
        onDragOver: (e: React.DragEvent) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          setOver(true);
        },
        // Entering a card inside the cell fires dragleave on the cell: only leaving the cell itself counts.
        onDragLeave: (e: React.DragEvent) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
        },
        onDrop: (e: React.DragEvent) => {
          e.preventDefault();
          setOver(false);
          const id = e.dataTransfer.getData(DRAG_TYPE);
          if (id) onDropTarget(id);
        },
      };
  return (
    <div
      {...handlers}
      aria-label={label}
      data-drop-cell={disabled ? undefined : 'true'}
      style={{
        height: '100%',
        minHeight: 40,
        borderRadius: 4,
        outline: over ? '2px dashed #1d6fb8' : undefined,
        background: over ? 'rgba(29,111,184,0.08)' : undefined,
        ...style,
      }}
    >
      {children}
    </div>
  );
}
