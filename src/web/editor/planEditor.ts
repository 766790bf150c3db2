import { InputError, formatProblem, type InputProblem } from '../../io/inputError.js';
import { isObject } from '../../io/isObject.js';
import { parseJsonText } from '../../io/parseJsonText.js';
import { parseScenario } from '../../sim/scenario/parseScenario.js';
import { SEGMENT_TYPE_NAMES } from '../../sim/scenario/segmentTypes.js';
import { formatPath } from '../../sim/scenario/zodProblems.js';
import { h } from '../dom.js';
import type { PlanStore } from '../planStore.js';
import { jsonSchemaFor } from '../../sim/scenario/schemas.js';
import { getAt, setAt, type JsonPath } from './jsonPath.js';
import { planTimeline, type TimelineSegment } from './planTimeline.js';
import { schemaFields, type FieldSpec, type JsonSchemaNode } from './schemaFields.js';

/** Sections of the plan shown as forms, in order, with their legend (`plan` has the timeline; `fit` is written by `livelift fit`). */
const SECTIONS: readonly [string, string][] = [
  ['general', 'Name, seed and currency'],
  ['products', 'Products and prices'],
  ['link', 'Link placement'],
  ['audience', 'Audience'],
  ['traffic', 'Traffic'],
  ['costs', 'Costs'],
  ['session', 'Session'],
  ['host', 'Host'],
  ['purchase', 'Purchase model'],
  ['pitchPolicy', 'Pitch policy'],
  ['interest', 'Interest model'],
  ['retention', 'Retention'],
];

/** Top-level fields shown in the "general" section. */
const GENERAL = new Set(['name', 'description', 'seed', 'currency']);

/** The scenario's JSON Schema (from its zod schema, as `livelift schema scenario` prints it). */
let scenarioSchema: JsonSchemaNode | undefined;
function schema(): JsonSchemaNode {
  scenarioSchema ??= jsonSchemaFor('scenario') as JsonSchemaNode;
  return scenarioSchema;
}

/**
 * The Plan tab: the segments on a timeline (add, drag, resize, change type and settings, from the
 * mouse or the keyboard), forms for every setting of the plan, live validation by the scenario's
 * zod schema and cross-field checks (the CLI's own) with each message at its field, open and save
 * scenario JSON (the CLI's file format).
 *
 *   edit ─▶ plan JSON (PlanStore) ─▶ parseScenario ─▶ problems by path ─▶ fields marked
 */
export class PlanEditor {
  readonly element: HTMLElement;
  private selected: number | undefined = 0;
  private readonly timelineHost = h('div', { id: 'plan-timeline-host' });
  private readonly segmentForm = h('fieldset', { id: 'segment-form' });
  private readonly forms = h('div', { id: 'plan-forms' });
  private readonly summary = h('p', { id: 'plan-status', role: 'status', 'aria-live': 'polite' });
  private readonly problems = h('ul', { id: 'plan-problems', class: 'problems' });
  private readonly fileInput = h('input', { type: 'file', id: 'plan-open', accept: '.json,application/json', 'aria-label': 'Open a scenario file' });
  private readonly listener = () => this.render();

  constructor(private readonly plans: PlanStore) {
    this.fileInput.addEventListener('change', () => void this.openFile());
    this.element = h(
      'section',
      { id: 'view-plan', class: 'view', 'aria-labelledby': 'tab-plan' },
      h(
        'div',
        { class: 'controls' },
        h('label', {}, 'Open scenario JSON ', this.fileInput),
        h('button', { type: 'button', id: 'plan-save', onclick: () => this.save() }, 'Save scenario JSON'),
        h('button', { type: 'button', id: 'segment-add', onclick: () => this.addSegment() }, 'Add segment'),
      ),
      this.summary,
      this.problems,
      this.timelineHost,
      this.segmentForm,
      this.forms,
    );
    plans.subscribe(this.listener);
    this.render();
  }

  private json(): Record<string, unknown> {
    const { json } = this.plans.get();
    return isObject(json) ? json : {};
  }

  private update(path: JsonPath, value: unknown): void {
    this.plans.set(setAt(this.plans.get().json, path, value), this.editedName(), this.listener);
    this.render();
  }

  /** An edited shipped plan is no longer that plan: the address stops naming it. */
  private editedName(): string {
    const name = this.plans.get().name;
    return name.endsWith(' (edited)') ? name : `${name} (edited)`;
  }

  private render(): void {
    const json = this.json();
    const plan = Array.isArray(json.plan) ? (json.plan as TimelineSegment[]) : [];
    const duration = Number(getAt(json, ['session', 'durationMinutes'])) > 0 ? Number(getAt(json, ['session', 'durationMinutes'])) : 60;
    if (this.selected !== undefined && this.selected >= plan.length) this.selected = plan.length > 0 ? plan.length - 1 : undefined;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.index : undefined;
    this.timelineHost.replaceChildren(
      planTimeline(plan, duration, this.selected, {
        select: (index) => {
          this.selected = index;
          this.render();
        },
        change: (index, start, end) => {
          this.selected = index;
          const segment = { ...plan[index], startMinute: start, endMinute: end };
          this.update(['plan', index], segment);
        },
        remove: (index) => this.update(['plan'], plan.filter((_, i) => i !== index)),
      }),
      h('div', { class: 'timeline-axis', 'aria-hidden': 'true' }, ...[0, 0.25, 0.5, 0.75, 1].map((f) => h('span', {}, `${Math.round(f * duration)} min`))),
    );
    if (focused !== undefined) this.timelineHost.querySelector<HTMLElement>(`.segment[data-index="${focused}"]`)?.focus();
    const fields = schemaFields(schema(), json);
    this.segmentForm.replaceChildren(...this.segmentFields(plan, fields));
    this.forms.replaceChildren(...SECTIONS.map(([key, legend]) => this.sectionForm(key, legend, fields.filter((field) => (key === 'general' ? GENERAL.has(String(field.path[0])) : field.path[0] === key)))));
    this.validate();
  }

  private segmentFields(plan: TimelineSegment[], fields: readonly FieldSpec[]): Node[] {
    if (this.selected === undefined || plan[this.selected] === undefined) return [h('legend', {}, 'Segment'), h('p', {}, 'No segment selected: add one, or pick one on the timeline.')];
    const index = this.selected;
    const segment = plan[index] as unknown as Record<string, unknown>;
    const typeSelect = h('select', { 'data-path': formatPath(['plan', index, 'type']), id: 'segment-type' }, ...SEGMENT_TYPE_NAMES.map((name) => h('option', { value: name, selected: name === segment.type }, name)));
    typeSelect.addEventListener('change', () => this.update(['plan', index], { type: typeSelect.value, startMinute: segment.startMinute, endMinute: segment.endMinute, ...(segment.title === undefined ? {} : { title: segment.title }) }));
    const own = fields.filter((field) => field.path[0] === 'plan' && field.path[1] === index && field.path[2] !== 'type');
    return [h('legend', {}, `Segment ${index + 1} of ${plan.length}`), ...this.fieldGroups(own, (path) => formatPath(path.slice(2)), [field('type', typeSelect)])];
  }

  /**
   * One section's form: the fields the plan sets, then the schema's other fields folded under
   * "More settings" with the defaults they take, so any field can be added without editing JSON.
   */
  private sectionForm(key: string, legend: string, fields: readonly FieldSpec[]): HTMLElement {
    return h('fieldset', { 'data-section': key }, h('legend', {}, legend), ...this.fieldGroups(fields, formatPath));
  }

  private fieldGroups(fields: readonly FieldSpec[], label: (path: JsonPath) => string, first: HTMLElement[] = []): HTMLElement[] {
    const set = fields.filter((each) => each.present || each.required);
    const unset = fields.filter((each) => !each.present && !each.required);
    const more = unset.length === 0 ? [] : [h('details', { class: 'more-fields' }, h('summary', {}, `More settings (${unset.length}, at their defaults)`), h('div', { class: 'fields' }, ...unset.map((each) => this.input(each, label(each.path)))))];
    return [h('div', { class: 'fields' }, ...first, ...set.map((each) => this.input(each, label(each.path)))), ...more];
  }

  /**
   * One control for a field: a text box for numbers and words, a list for enums and yes/no, JSON
   * text for tuples and maps. An absent field shows its default; emptying a field removes it.
   */
  private input(spec: FieldSpec, label: string): HTMLElement {
    const { path, kind } = spec;
    let control: HTMLInputElement | HTMLSelectElement;
    if (kind === 'enum' || kind === 'boolean') {
      const options = kind === 'boolean' ? ['true', 'false'] : (spec.options ?? []);
      const current = spec.present ? String(spec.value) : '';
      const blank = spec.required && spec.present ? [] : [h('option', { value: '', selected: current === '' }, spec.required ? '(choose)' : `(default: ${spec.default === undefined ? 'the type\'s' : String(spec.default)})`)];
      control = h('select', { 'data-path': formatPath(path) }, ...blank, ...options.map((option) => h('option', { value: option, selected: option === current }, option)));
    } else {
      control = h('input', { 'data-path': formatPath(path), type: 'text', inputMode: kind === 'number' || kind === 'integer' ? 'decimal' : undefined, value: spec.present ? fieldText(kind, spec.value) : '', placeholder: spec.present ? undefined : spec.default === undefined ? 'default' : fieldText(kind, spec.default) });
    }
    if (spec.description !== undefined) control.title = spec.description;
    control.addEventListener('change', () => {
      const text = control.value.trim();
      if (spec.discriminator === true) return this.update(path.slice(0, -1), text === '' ? undefined : { [String(path.at(-1))]: text });
      this.update(path, text === '' ? undefined : parseField(kind, text));
    });
    const holder = field(label, control);
    if (!spec.present) holder.dataset.absent = 'true';
    return holder;
  }

  /** Validate with the CLI's parser; mark each field that has a problem, list the rest. */
  private validate(): void {
    for (const marked of this.element.querySelectorAll<HTMLElement>('.field')) {
      marked.dataset.invalid = 'false';
      marked.querySelector('input, select')?.setAttribute('aria-invalid', 'false');
      marked.querySelector('.message')!.textContent = '';
    }
    let problems: InputProblem[] = [];
    try {
      parseScenario(this.plans.get().json);
    } catch (error) {
      problems = error instanceof InputError ? error.problems : [{ message: error instanceof Error ? error.message : String(error) }];
    }
    const unplaced: InputProblem[] = [];
    for (const problem of problems) {
      const control = problem.path === undefined ? null : this.element.querySelector<HTMLElement>(`[data-path="${CSS.escape(problem.path)}"]`);
      const holder = control?.closest<HTMLElement>('.field');
      if (control === null || control === undefined || holder === null || holder === undefined) {
        unplaced.push(problem);
        continue;
      }
      holder.dataset.invalid = 'true';
      control.setAttribute('aria-invalid', 'true');
      const message = holder.querySelector('.message')!;
      message.textContent = message.textContent === '' ? problem.message : `${message.textContent}; ${problem.message}`;
    }
    this.problems.replaceChildren(...unplaced.map((problem) => h('li', {}, formatProblem(problem))));
    this.summary.textContent = problems.length === 0 ? `"${this.plans.get().name}" is a valid plan.` : `${problems.length} problem${problems.length === 1 ? '' : 's'}: the plan cannot run until ${problems.length === 1 ? 'it is' : 'they are'} fixed.`;
    this.element.dataset.valid = String(problems.length === 0);
  }

  private addSegment(): void {
    const json = this.json();
    const plan = Array.isArray(json.plan) ? (json.plan as TimelineSegment[]) : [];
    const duration = Number(getAt(json, ['session', 'durationMinutes'])) || 60;
    const start = Math.min(duration - 1, plan.reduce((latest, segment) => Math.max(latest, Number(segment.endMinute) || 0), 0));
    this.selected = plan.length;
    this.update(['plan'], [...plan, { type: 'qa', startMinute: start, endMinute: Math.min(duration, start + 5) }]);
  }

  private async openFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    if (file === undefined) return;
    try {
      const json = parseJsonText(await file.text(), file.name);
      this.selected = 0;
      this.plans.set(json, file.name.replace(/\.json$/i, ''), this.listener);
      this.render();
    } catch (error) {
      this.problems.replaceChildren(...(error instanceof InputError ? error.problems.map(formatProblem) : [String(error)]).map((line) => h('li', {}, line)));
      this.summary.textContent = `${file.name} could not be opened; the plan shown is unchanged.`;
    } finally {
      this.fileInput.value = '';
    }
  }

  private save(): void {
    const { json, name } = this.plans.get();
    const link = h('a', { href: URL.createObjectURL(new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: 'application/json' })), download: `${name.replace(/ \(edited\)$/, '').replace(/[^\w.-]+/g, '-')}.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

/** The value a field's text stands for; text that is not what the field takes stays text, for the schema to name. */
function parseField(kind: FieldSpec['kind'], text: string): unknown {
  if (kind === 'number' || kind === 'integer') return Number.isFinite(Number(text)) ? Number(text) : text;
  if (kind === 'boolean') return text === 'true';
  if (kind === 'words') return text.split(',').map((word) => word.trim()).filter((word) => word !== '');
  if (kind === 'json') {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** A labelled control with room for its schema message. */
function field(label: string, control: HTMLElement): HTMLElement {
  const id = `field-${(control.dataset.path ?? label).replace(/[^\w-]+/g, '-')}`;
  control.id ||= id;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, h('span', { class: 'message', 'aria-live': 'polite' }));
}

/** How a value is written in its field: words comma-separated, tuples and maps as JSON. */
function fieldText(kind: FieldSpec['kind'], value: unknown): string {
  if (kind === 'words' && Array.isArray(value)) return value.join(', ');
  if (kind === 'json' || (value !== null && typeof value === 'object')) return JSON.stringify(value);
  return String(value);
}
