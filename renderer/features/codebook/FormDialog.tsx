import type { ReactNode } from 'react';
import { DialogActions } from '../../ui/DialogActions';
import { Modal } from '../../ui/Modal';
import { useSubmit } from '../../ui/useSubmit';

interface FormDialogProps {
  title: ReactNode;
  /** The fields; the action row follows them. */
  children: ReactNode;
  /** The action's button text, and what it says while the action runs. */
  label: string;
  busyLabel: string;
  /** Besides while busy: the action cannot run yet (nothing chosen, nothing changed). */
  disabled?: boolean;
  /** A problem with what was typed, said instead of running the action; null when there is none. */
  problem?(): string | null;
  /** Runs the action; closing the dialog when it succeeds is up to it. Its failure is shown. */
  onSubmit(): Promise<void>;
  onClose(): void;
  /** Where focus goes on opening (a CSS selector inside the dialog); the first field otherwise. */
  initialFocus?: string;
}

/** A codebook dialog: a form of fields, submitted by its one action or by Enter. */
export function FormDialog({ title, children, label, busyLabel, disabled, problem, onSubmit, onClose, initialFocus }: FormDialogProps) {
  const { busy, error, setError, submit } = useSubmit(onSubmit);
  return (
    <Modal title={title} onClose={onClose} initialFocus={initialFocus}>
      <form
        className="dialog-stack"
        onSubmit={(event) => {
          event.preventDefault();
          const wrong = problem?.();
          if (wrong) setError(wrong);
          else submit();
        }}
      >
        {children}
        <DialogActions label={label} busyLabel={busyLabel} busy={busy} disabled={disabled} error={error} onCancel={onClose} />
      </form>
    </Modal>
  );
}
