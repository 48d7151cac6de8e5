// cargo-mutants over the engine, as the bench reports it: how many of the
// bugs it injected into crates/engine the engine's own tests caught.
//
//   node tests/bench/mutants.mjs     # prints the report of mutants.out/
//
// `./run mutants` (and `./run bench`, which reuses a result while the
// engine's sources and tests are unchanged) writes mutants.out/.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('.', import.meta.url).pathname, '../..');

/** The share of viable mutants the tests must catch. */
export const MUTANTS_BUDGET = 0.95;

/** { caught, missed, timeout, unviable, total, score, missedNames, when } or null. */
export function mutantsResult(dir = join(root, 'mutants.out')) {
  const file = join(dir, 'outcomes.json');
  if (!existsSync(file)) return null;
  const o = JSON.parse(readFileSync(file, 'utf8'));
  const viable = o.caught + o.missed + o.timeout;
  const missedNames = o.outcomes
    .filter((x) => x.summary === 'MissedMutant')
    .map((x) => x.scenario.Mutant?.name ?? String(x.scenario));
  return {
    caught: o.caught,
    missed: o.missed,
    timeout: o.timeout,
    unviable: o.unviable,
    total: o.total_mutants,
    score: viable ? o.caught / viable : 0,
    missedNames,
    when: o.end_time ?? o.start_time,
    complete: Boolean(o.end_time),
  };
}

/** Report lines and a verdict [what, ok] for the bench. */
export function mutantsReport(result = mutantsResult()) {
  if (!result) {
    return { lines: ['mutants: not measured (run ./run mutants)'], verdict: ['cargo mutants over crates/engine: not measured', false] };
  }
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `mutants over crates/engine (cargo mutants ${result.complete ? 'finished' : 'UNFINISHED'} ${result.when}):`,
    `  ${result.total} mutants: ${result.caught} caught, ${result.missed} missed, ${result.timeout} timed out, ${result.unviable} unviable`,
    `  caught ${pct(result.score)} of the ${result.caught + result.missed + result.timeout} viable`,
    ...result.missedNames.map((n) => `  missed: ${n}`),
  ];
  const ok = result.complete && result.score >= MUTANTS_BUDGET;
  return { lines, verdict: [`mutants caught ${pct(result.score)} >= ${pct(MUTANTS_BUDGET)} of viable`, ok] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { lines, verdict } = mutantsReport();
  console.log(lines.join('\n'));
  console.log(`budget ${verdict[1] ? 'PASS' : 'FAIL'}: ${verdict[0]}`);
  process.exit(verdict[1] ? 0 : 1);
}
