import fs from 'node:fs';

/**
 * Which pages with parameters this build renders. `npm run build` works the plan out after
 * `check` (lib/build/build-plan.ts) and names its file in RENDER_PLAN; every page route asks
 * it in generateStaticParams. Without a plan (`next dev`, the tests) every page is rendered.
 */
export type RenderPlan = {
  /** The fingerprint of the code the plan was made for. */
  code: string;
  /** The fingerprint of the content and what "now" decides (lib/build/site-fingerprint.ts). */
  site?: string;
  /**
   * `full`: every page is rendered; `incremental`: only those in `render`, the rest reused;
   * `unchanged`: the previous export is this build's as it is, nothing is rendered.
   */
  mode: 'full' | 'incremental' | 'unchanged';
  /** Why the build is a full one, in a few words; none for an incremental build. */
  reason?: string;
  /** The fingerprint of every page with parameters, by path. */
  pages: Record<string, string>;
  /** The paths of the pages to render (incremental builds). */
  render: string[];
  /** The paths of the pages to take from the previous build as they are. */
  reuse: string[];
  /** Pages of the previous build that no longer exist. */
  removed: string[];
};

let loaded: { plan: RenderPlan | undefined; render: Set<string> } | undefined;

/** The plan of this build, read once per process; undefined outside `npm run build`. Throws when its file is unreadable. */
export function renderPlan(): RenderPlan | undefined {
  if (!loaded) {
    const file = process.env.RENDER_PLAN;
    const plan = file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as RenderPlan) : undefined;
    loaded = { plan, render: new Set(plan?.render ?? []) };
  }
  return loaded.plan;
}

/** Of a route's parameters, those whose pages this build renders: all of them unless it reuses pages. */
export function paramsToRender<Params>(params: Params[], pathOf: (params: Params) => string): Params[] {
  const plan = renderPlan();
  if (!plan || plan.mode === 'full' || !loaded) return params;
  const { render } = loaded;
  return params.filter((entry) => render.has(pathOf(entry)));
}
