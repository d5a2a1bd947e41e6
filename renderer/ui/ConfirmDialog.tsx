import type { ReactNode } from 'react';
import { DialogActions } from './DialogActions';
import { Modal } from './Modal';
import { useSubmit } from './useSubmit';

interface ConfirmDialogProps {
  title: ReactNode;
  /** What the action does and what goes with it; any choice it needs first. */
  children: ReactNode;
  /** The action's button text, and what it says while the action runs. */
  label: string;
  busyLabel: string;
  /** Besides while busy: the action cannot run yet (a choice is still to be made). */
  disabled?: boolean;
  /** Runs the action; closing the dialog when it succeeds is up to it. Its failure is shown. */
  onConfirm(): Promise<void>;
  onClose(): void;
  /** Focus starts on Cancel, the safe default, unless there is a choice to make first. */
  focusCancel?: boolean;
}

/** Asks before a destructive action: the action in danger colours, then Cancel. */
export function ConfirmDialog({
  title,
  children,
  label,
  busyLabel,
  disabled,
  onConfirm,
  onClose,
  focusCancel = true,
}: ConfirmDialogProps) {
  const { busy, error, submit } = useSubmit(onConfirm);
  return (
    <Modal title={title} onClose={onClose} initialFocus={focusCancel ? '.dialog-cancel' : undefined}>
      {children}
      <DialogActions
        danger
        label={label}
        busyLabel={busyLabel}
        busy={busy}
        disabled={disabled}
        error={error}
        onAction={submit}
        onCancel={onClose}
      />
    </Modal>
  );
}
