import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const step = z.object({
  name: z.string().optional(),
  id: z.string().optional(),
  if: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
});
const job = z.object({
  needs: z.string().optional(),
  if: z.string().optional(),
  permissions: z.record(z.string(), z.string()).optional(),
  environment: z.object({ name: z.string() }).optional(),
  steps: z.array(step),
});
const workflow = z.object({
  // `on` stays a key: the yaml package reads YAML 1.2, where it is not a boolean.
  on: z.object({
    push: z.object({ branches: z.array(z.string()) }),
    schedule: z.array(z.object({ cron: z.string() })),
    workflow_dispatch: z.null(),
  }),
  jobs: z.record(z.string(), job),
});

const parsed = workflow.parse(parse(fs.readFileSync('.github/workflows/deploy.yml', 'utf8')));
const steps = Object.values(parsed.jobs).flatMap((each) => each.steps);
const indexOf = (predicate: (each: z.infer<typeof step>) => boolean) => {
  const build = parsed.jobs.build?.steps ?? [];
  return build.findIndex(predicate);
};

describe('the deploy workflow', () => {
  it('runs on pushes to main, every 10 minutes and by hand', () => {
    expect(parsed.on.push.branches).toEqual(['main']);
    expect(parsed.on.schedule).toEqual([{ cron: '*/10 * * * *' }]);
    expect(parsed.on.workflow_dispatch).toBeNull();
  });

  it('on schedule asks whether anything is due before building, and builds only then', () => {
    const due = indexOf((each) => each.run === 'npm run check -- --due');
    const build = indexOf((each) => each.run === 'npm run build');
    const dueStep = parsed.jobs.build?.steps[due];
    expect(due).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(due);
    expect(dueStep?.if).toBe("github.event_name == 'schedule'");
    expect(parsed.jobs.build?.steps[build]?.if).toBe(`steps.${dueStep?.id}.outputs.due != 'false'`);
  });

  it('restores the build cache before the due check and saves it after the build', () => {
    const restore = indexOf((each) => each.uses?.startsWith('actions/cache/restore@') === true);
    const save = indexOf((each) => each.uses?.startsWith('actions/cache/save@') === true);
    const due = indexOf((each) => each.run === 'npm run check -- --due');
    expect(restore).toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(due);
    expect(save).toBeGreaterThan(indexOf((each) => each.run === 'npm run build'));
    expect(parsed.jobs.build?.steps[restore]?.with?.['restore-keys']).toBe('build-');
  });

  it("keeps the previous export, its state, its nginx includes and Next's compiled app between runs", () => {
    // .next whole, not only .next/cache: an incremental build then renders without compiling.
    const cached = (uses: string) =>
      String(steps.find((each) => each.uses?.startsWith(uses))?.with?.path ?? '')
        .split('\n')
        .filter(Boolean);
    for (const uses of ['actions/cache/restore@', 'actions/cache/save@'])
      expect(cached(uses)).toEqual(expect.arrayContaining(['.next', 'out', 'out-nginx', 'out-state.json']));
  });

  it('publishes out to GitHub Pages with the permissions and environment Pages needs', () => {
    const uses = steps.map((each) => each.uses ?? '');
    expect(uses.some((name) => name.startsWith('actions/configure-pages@'))).toBe(true);
    const upload = steps.find((each) => each.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('out');
    const pages = Object.values(parsed.jobs).find((each) =>
      each.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')),
    );
    expect(pages?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(pages?.environment?.name).toBe('github-pages');
  });

  it('deploys to an nginx host only when DEPLOY_HOST is set, through the release switch', () => {
    expect(parsed.jobs.nginx?.if).toContain("vars.DEPLOY_HOST != ''");
    expect(parsed.jobs.nginx?.steps.some((each) => each.run?.includes('deploy/switch-release.sh'))).toBe(true);
  });
});
