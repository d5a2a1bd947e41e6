import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ModalProps {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  /** Where focus goes on opening (a CSS selector inside the dialog); the first field otherwise. */
  initialFocus?: string;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex="0"]';

/**
 * A modal dialog: labelled by its title, focus moved in on opening, kept inside while it is
 * open (Tab wraps), given back on closing to whatever had it before; Escape closes.
 */
export function Modal({ title, onClose, children, initialFocus }: ModalProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  // A layout effect, so focus moves with the dialog appearing and disappearing, not a frame later.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target = initialFocus ? dialog.current?.querySelector<HTMLElement>(initialFocus) : null;
    (target ?? dialog.current?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog.current)?.focus();
    return () => {
      // An opener that has gone meanwhile cannot take focus back.
      if (opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
