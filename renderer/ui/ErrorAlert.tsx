interface ErrorAlertProps {
  message: string;
  id?: string;
  onRetry?: () => void;
}

/** An error the analyst must notice: announced at once by screen readers (role="alert"). */
export function ErrorAlert({ message, id, onRetry }: ErrorAlertProps) {
  return (
    <div role="alert" id={id} className="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
