/**
 * The rules of a process's stage list (A2, B1): exactly one Won and one Lost stage, and those two
 * last; unique keys; and an existing stage keeps its key, so that reports add up across renames and
 * local variants. Pure: the proposed list and the current stages in, the problems out.
 */
export interface ProposedStage {
  id?: string;
  key: string;
  outcome: 'open' | 'won' | 'lost';
}

export interface StageProblem {
  path: string;
  message: string;
}

export function stageListProblems(proposed: readonly ProposedStage[], current: readonly { id: string; key: string }[]): StageProblem[] {
  const problems: StageProblem[] = [];
  const closing = proposed.filter((s) => s.outcome !== 'open');
  if (closing.filter((s) => s.outcome === 'won').length !== 1 || closing.filter((s) => s.outcome === 'lost').length !== 1) {
    problems.push({ path: 'body.stages', message: 'A process needs exactly one Won and one Lost stage.' });
  } else if (proposed.slice(-2).some((s) => s.outcome === 'open')) {
    problems.push({ path: 'body.stages', message: 'Won and Lost come last, after every open stage.' });
  }
  const seen = new Set<string>();
  proposed.forEach((s, i) => {
    if (seen.has(s.key)) problems.push({ path: `body.stages.${i}.key`, message: `The key "${s.key}" is used twice.` });
    seen.add(s.key);
    const was = s.id ? current.find((c) => c.id === s.id) : undefined;
    if (was && was.key !== s.key) {
      problems.push({
        path: `body.stages.${i}.key`,
        message: `A stage keeps its key ("${was.key}") so that reports add up; rename it instead.`,
      });
    }
  });
  return problems;
}
