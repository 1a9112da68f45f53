/**
 * Long work under way (a backup checked or written): a bar with its words beside it. With no total
 * the bar only says that something is happening.
 */
export function ProgressLine({ text, done, total }: { text: string; done: number; total: number }) {
  return (
    <p className="import-progress">
      {total > 0 ? <progress max={total} value={Math.min(done, total)} aria-label={text} /> : <progress aria-label={text} />}
      <span>{text}</span>
    </p>
  );
}
