/** Attributes and properties `h` sets: `class`, `for`, `data-*`, `aria-*` and any element property. */
export type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/**
 * Create an element: `h('button', { class: 'primary', onclick: run }, 'Run')`. Text children are
 * text nodes (never parsed as HTML), so user input cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string | undefined)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'class' || name === 'for' || name === 'role' || name.startsWith('data-') || name.startsWith('aria-')) element.setAttribute(name, String(value));
    else (element as unknown as Record<string, unknown>)[name] = value;
  }
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}
