import { formatInstant } from '../../../shared/deadline';
import type { MessageKey } from '../../../shared/i18n';
import type { IncidentSummary } from '../../../shared/incident/summary';
import type { TodoItem } from '../../../shared/incident/todo';
import { useServices, useT } from '../services/context';
import { useUi } from '../state/ui';
import './status.css';

/** The words for a to-do item: assessing or deciding again reads differently from the first time. */
export function todoKey(item: TodoItem, incident: Pick<IncidentSummary, 'assessment' | 'decision'>): MessageKey {
  if (item.kind === 'assess' && incident.assessment) return 'dashboard.todo.reassess';
  if (item.kind === 'decide' && incident.decision) return 'dashboard.todo.redecide';
  return `dashboard.todo.${item.kind}`;
}

/** What is still to do for an incident, in order, with the deadline where the law sets one. */
export function TodoList({
  items,
  incident,
  showDue = false,
}: {
  items: TodoItem[];
  /** The incident or its summary (the dashboard reads only summaries). */
  incident: Pick<IncidentSummary, 'ref' | 'assessment' | 'decision'>;
  showDue?: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  return (
    <ul className="todo" aria-label={t('dashboard.todo.label', { ref: incident.ref })}>
      {items.map((item) => (
        <li key={item.kind} data-todo={item.kind}>
          {t(todoKey(item, incident))}
          {showDue && item.due && (
            <span className="todo-due">
              {' '}
              ({t('incident.todo.due', { due: formatInstant(item.due, lang, timeZone) })})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
