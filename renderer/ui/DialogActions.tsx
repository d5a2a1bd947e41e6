import { ErrorAlert } from './ErrorAlert';

interface DialogActionsProps {
  /** The action's button text, and what it says while the action runs. */
  label: string;
  busyLabel: string;
  busy: boolean;
  /** Besides while busy: the action cannot run yet (nothing chosen, nothing changed). */
  disabled?: boolean;
  /** Runs the action; without it the button submits the form it stands in. */
  onAction?(): void;
  onCancel(): void;
  /** A destructive action: drawn as a danger, and its Cancel is what `.dialog-cancel` focuses. */
  danger?: boolean;
  /** The action's failure, shown above the buttons. */
  error?: string | null;
  /** `form-actions` for a form on a page rather than in a dialog. */
  className?: string;
}

/** The row that ends a dialog or form: its one action, then Cancel; the error line above them. */
export function DialogActions({
  label,
  busyLabel,
  busy,
  disabled = false,
  onAction,
  onCancel,
  danger = false,
  error,
  className = 'dialog-actions',
}: DialogActionsProps) {
  return (
    <>
      {error && <ErrorAlert message={error} />}
      <div className={className}>
        <button
          type={onAction ? 'button' : 'submit'}
          className={danger ? 'button danger' : 'button primary'}
          disabled={busy || disabled}
          onClick={onAction}
        >
          {busy ? busyLabel : label}
        </button>
        <button type="button" className={danger ? 'button dialog-cancel' : 'button'} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

/** The row that ends a dialog with no action of its own: one button that closes it. */
export function DialogCloseActions({ label = 'Cancel', onClose }: { label?: string; onClose(): void }) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onClose}>
        {label}
      </button>
    </div>
  );
}
