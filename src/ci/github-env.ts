/** The parts of the GitHub Actions environment `plansync ci` reads. */
export interface GitHubEnv {
  /** `pull_request`, `schedule`, `workflow_dispatch`, `push`, … */
  event: string | null;
  /** The event payload (JSON) on disk. */
  eventPath: string | null;
  /** `owner/name` of the repository the workflow runs in. */
  repository: string | null;
  apiUrl: string;
  token: string | null;
  /** File the job summary is appended to. */
  stepSummary: string | null;
  /** File step outputs are appended to (`name=value` lines). */
  output: string | null;
  /** The branch a push or schedule runs on (`GITHUB_REF_NAME`). */
  refName: string | null;
  /** True inside GitHub Actions: problems become workflow annotations. */
  actions: boolean;
}

export function readGitHubEnv(env: Record<string, string | undefined>): GitHubEnv {
  const value = (name: string) => (env[name] ? env[name]! : null);
  return {
    event: value('GITHUB_EVENT_NAME'),
    eventPath: value('GITHUB_EVENT_PATH'),
    repository: value('GITHUB_REPOSITORY'),
    apiUrl: (value('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
    token: value('GITHUB_TOKEN') ?? value('GH_TOKEN'),
    stepSummary: value('GITHUB_STEP_SUMMARY'),
    output: value('GITHUB_OUTPUT'),
    refName: value('GITHUB_REF_NAME'),
    actions: env.GITHUB_ACTIONS === 'true',
  };
}
