import { isHttpUrl } from '../../ui/format';

/**
 * The article's source address. Web addresses open outside the app (the desktop shell hands
 * new windows to the system browser); anything else is shown as text and never followed.
 */
export function SourceLink({ url }: { url: string }) {
  if (!isHttpUrl(url)) return <span className="source-url">{url}</span>;
  return (
    <a className="source-url" href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}
