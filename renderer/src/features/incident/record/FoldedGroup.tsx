import { Details } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import './record.css';

/**
 * One group of Datatilsynet's questions, folded to its heading and a one-line summary (how much is
 * answered, what is still not known) so the step reads as a list of groups; the summary opens it.
 * Folded, its fields stay in the page (find in page opens the group), and a group's unsaved
 * answers stay while it is folded.
 */
export function FoldedGroup({
  testId,
  title,
  summary,
  children,
}: {
  testId: string;
  title: string;
  summary: ReactNode;
  children: ReactNode;
}) {
  const titleId = `${testId}-title`;
  return (
    <section aria-labelledby={titleId} className="inc-panel record-section record-fold" data-testid={testId}>
      <Details>
        <Details.Summary>
          <span className="record-fold-summary">
            <h2 id={titleId}>{title}</h2>
            <span className="record-progress">{summary}</span>
          </span>
        </Details.Summary>
        <Details.Content>{children}</Details.Content>
      </Details>
    </section>
  );
}
