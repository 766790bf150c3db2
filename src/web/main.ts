/**
 * The livelift web workbench: one page, four tabs (Run, Plan, Compare, Labs) around one plan.
 *
 *   address (?scenario=&seed=&replicates=&view=&autorun=1) ─▶ plan store (shipped plan or edited)
 *   ─▶ Run: Web Workers run the CLI's simulator ─▶ the report's chart specs (vega-embed)
 *   ─▶ result JSON in <pre id="result-json"> (the schema of `livelift simulate --json`)
 *
 * Any error that escapes a view is shown in the page's problem banner, never as a blank page.
 */
import { h } from './dom.js';
import { CompareView } from './compare/compareView.js';
import { LabsView } from './labs/labsView.js';
import { PlanEditor } from './editor/planEditor.js';
import { PlanStore } from './planStore.js';
import { RunView } from './run/runView.js';
import { SHIPPED_PLANS, shippedPlan } from './shippedPlans.js';
import { readUrlState, writeUrlParams } from './urlState.js';

const FLAGSHIP = 'python-course-launch';

function start(): void {
  const app = document.getElementById('app')!;
  const { state, problems } = readUrlState(window.location.search);
  if (state.scenario !== undefined && !SHIPPED_PLANS.has(state.scenario)) problems.push(`no shipped plan named "${state.scenario}"; showing ${FLAGSHIP}`);
  const planName = state.scenario !== undefined && SHIPPED_PLANS.has(state.scenario) ? state.scenario : FLAGSHIP;
  const plans = new PlanStore(shippedPlan(planName), planName);
  const banner = h('ul', { id: 'page-problems', class: 'problems', role: 'alert' }, ...problems.map((problem) => h('li', {}, problem)));
  const runView = new RunView(plans, state.seed, state.replicates);

  const editor = new PlanEditor(plans);
  const views: { id: string; label: string; element: HTMLElement }[] = [
    { id: 'run', label: 'Run', element: runView.element },
    { id: 'plan', label: 'Plan', element: editor.element },
    { id: 'compare', label: 'Compare', element: new CompareView(plans).element },
    { id: 'labs', label: 'Labs', element: new LabsView(plans, state.params, state.autorun && state.view === 'labs').element },
  ];
  const tabs = tabList(views, state.view, (id) => writeUrlParams({ view: id === 'run' ? undefined : id }));
  const planButtons = [...SHIPPED_PLANS.keys()].map((name) =>
    h('button', { type: 'button', 'data-plan': name, 'aria-pressed': String(name === planName), onclick: () => plans.set(shippedPlan(name), name) }, name),
  );
  plans.subscribe((_json, name) => {
    for (const button of planButtons) button.setAttribute('aria-pressed', String(button.dataset.plan === name));
    writeUrlParams({ scenario: SHIPPED_PLANS.has(name) ? name : undefined });
  });
  app.replaceChildren(
    h('header', {}, h('h1', {}, 'livelift workbench'), h('div', { class: 'plans', role: 'group', 'aria-label': 'Shipped plans' }, 'Plans: ', ...planButtons)),
    h('main', {}, banner, tabs.element, ...views.map((view) => view.element)),
  );
  window.addEventListener('error', (event) => banner.append(h('li', {}, `Unexpected error: ${event.message}`)));
  window.addEventListener('unhandledrejection', (event) => banner.append(h('li', {}, `Unexpected error: ${String(event.reason?.message ?? event.reason)}`)));
  if (state.autorun && state.view === 'run') void runView.run();
}

/** WAI-ARIA tabs: arrow keys move between tabs, each tab shows its view. */
function tabList(views: { id: string; label: string; element: HTMLElement }[], selected: string, onSelect: (id: string) => void): { element: HTMLElement } {
  const buttons = views.map((view) => h('button', { type: 'button', role: 'tab', id: `tab-${view.id}`, 'aria-controls': `view-${view.id}` }, view.label));
  const select = (id: string, focus: boolean) => {
    views.forEach((view, index) => {
      const on = view.id === id;
      buttons[index].setAttribute('aria-selected', String(on));
      buttons[index].tabIndex = on ? 0 : -1;
      view.element.hidden = !on;
      if (on && focus) buttons[index].focus();
    });
    onSelect(id);
  };
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => select(views[index].id, false));
    button.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step !== 0) select(views[(index + step + views.length) % views.length].id, true);
    });
  });
  select(views.some((view) => view.id === selected) ? selected : views[0].id, false);
  return { element: h('div', { role: 'tablist', 'aria-label': 'Workbench' }, ...buttons) };
}

try {
  start();
} catch (error) {
  const app = document.getElementById('app');
  if (app !== null) app.textContent = `The workbench could not start: ${error instanceof Error ? error.message : String(error)}`;
}
