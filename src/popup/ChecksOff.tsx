import { checkName } from './check-names';

/** The checks turned off from the page's panel, each with the way back. */
export function ChecksOff({ ids, onTurnOn }: { ids: readonly string[]; onTurnOn: (id: string) => void }) {
  if (ids.length === 0) return null;
  return (
    <section class="checks-off" aria-labelledby="checks-off-heading">
      <h2 id="checks-off-heading">Checks you turned off</h2>
      <ul>
        {ids.map((id) => (
          <li key={id} data-testid="check-off" data-id={id}>
            <span>{checkName(id)}</span>
            <button type="button" class="link" data-testid="turn-on" onClick={() => onTurnOn(id)}>
              Turn back on
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
