import { computed, onScopeDispose, ref, shallowRef, type ComputedRef, type Ref } from 'vue';
import { postGraphql } from '../console-http.ts';
import { parseVariables, readCost, readErrors, type CostEntry, type GraphqlBody, type ResponseError } from '../console-request.ts';
import { toResultTable, type ResultTable } from '../result-table.ts';

/** Why a run produced no GraphQL answer, in terms the page can explain. */
export type RunFailure = 'badVariables' | 'network' | 'notGraphql';

export interface QueryRunner {
  running: Ref<boolean>;
  /** The last answer's body, as the server sent it; undefined before the first run. */
  body: Ref<GraphqlBody | undefined>;
  failure: Ref<RunFailure | null>;
  /** The JSON parser's message when the variables could not be read. */
  variablesMessage: Ref<string>;
  table: ComputedRef<ResultTable | null>;
  errors: ComputedRef<ResponseError[]>;
  cost: ComputedRef<CostEntry[] | null>;
  /** Milliseconds from sending to the whole answer. */
  elapsed: Ref<number | null>;
  run: (query: string, variablesText: string) => Promise<void>;
}

/**
 * Runs the console's query and keeps the last answer as a view model: table, errors, cost. A run
 * started while another is on its way cancels the older one.
 */
export function useQueryRunner(): QueryRunner {
  const running = ref(false);
  const body = shallowRef<GraphqlBody>();
  const failure = ref<RunFailure | null>(null);
  const variablesMessage = ref('');
  const elapsed = ref<number | null>(null);
  let inFlight: AbortController | undefined;

  async function run(query: string, variablesText: string): Promise<void> {
    const variables = parseVariables(variablesText);
    if (!variables.ok) {
      failure.value = 'badVariables';
      variablesMessage.value = variables.message;
      return;
    }
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    running.value = true;
    failure.value = null;
    const started = performance.now();
    try {
      const answer = await postGraphql(query, variables.value, controller.signal);
      if (controller.signal.aborted) return;
      body.value = answer.body ?? undefined;
      failure.value = answer.body ? null : 'notGraphql';
      elapsed.value = Math.round(performance.now() - started);
    } catch {
      if (controller.signal.aborted) return;
      body.value = undefined;
      failure.value = 'network';
    } finally {
      if (inFlight === controller) running.value = false;
    }
  }

  onScopeDispose(() => inFlight?.abort());
  return {
    running,
    body,
    failure,
    variablesMessage,
    elapsed,
    table: computed(() => toResultTable(body.value?.data)),
    errors: computed(() => readErrors(body.value?.errors)),
    cost: computed(() => readCost(body.value?.extensions)),
    run,
  };
}
