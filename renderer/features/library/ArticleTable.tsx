import { useAppStore } from '../../store/AppStoreProvider';
import { formatDate, languageName } from '../../ui/format';

const NOT_GIVEN = '—';

export function ArticleTable() {
  const items = useAppStore((s) => s.library.items);
  const addedId = useAppStore((s) => s.library.addedId);
  const openArticle = useAppStore((s) => s.openArticle);
  const added = items.find((item) => item.id === addedId);
  return (
    <>
      {added && (
        <p role="status" className="notice">
          Added “<bdi>{added.title}</bdi>” to the library.
        </p>
      )}
      <table className="articles">
        <caption className="visually-hidden">Articles, most recently added first</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
            <th scope="col">Language</th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.id === addedId ? 'is-added' : undefined}>
              <td>
                <button type="button" className="link-button" dir="auto" onClick={() => void openArticle(item.id)}>
                  {item.title}
                </button>
              </td>
              <td>
                <bdi>{item.outlet ?? NOT_GIVEN}</bdi>
              </td>
              <td className="nowrap">{item.published_at ? formatDate(item.published_at) : NOT_GIVEN}</td>
              <td>{languageName(item.language)}</td>
              <td className="nowrap">{formatDate(item.imported_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
