/**
 * Just enough of the DOM for the scene player to run in Node (vitest has no browser
 * DOM here, and the project has no jsdom): elements with attributes, children and
 * siblings, the few selectors the player uses, a figure box of a given size, and Web
 * Animations on the fake clock. Every change is logged, so a test can say "nothing
 * was written".
 */

/** Every DOM write, in order ("r1 x=20", "insert r1", …), for tests that expect none. */
export const writes: string[] = [];

/** A Web Animation of opacity on the fake clock: finishes (and calls onfinish) after its duration unless cancelled. */
export class FakeAnimation {
  onfinish: (() => void) | null = null;
  cancelled = false;
  finished = false;
  private readonly start = performance.now();
  private readonly timer: ReturnType<typeof setTimeout>;
  constructor(
    readonly from: number,
    readonly to: number,
    readonly duration: number,
  ) {
    this.timer = setTimeout(() => {
      this.finished = true;
      this.onfinish?.();
    }, duration);
  }
  cancel(): void {
    this.cancelled = true;
    clearTimeout(this.timer);
  }
  /** The opacity it holds the element at now (linear; fill: forwards). */
  get value(): number {
    const k = this.duration > 0 ? Math.min(1, (performance.now() - this.start) / this.duration) : 1;
    return this.from + (this.to - this.from) * k;
  }
}

/** One compound selector: tag, classes, [attr]s and :not([attr])s, e.g. `[data-key]:not([data-exiting])`. */
function matcher(selector: string): (el: FakeElement) => boolean {
  const m = /^([a-z]+)?((?:\.[\w-]+)*)((?:\[[\w-]+\])*)((?::not\(\[[\w-]+\]\))*)$/.exec(selector.trim());
  if (!m) throw new Error(`fake-svg: unsupported selector ${selector}`);
  const tag = m[1];
  const classes = [...(m[2] ?? '').matchAll(/\.([\w-]+)/g)].map((x) => x[1]!);
  const has = [...(m[3] ?? '').matchAll(/\[([\w-]+)\]/g)].map((x) => x[1]!);
  const hasNot = [...(m[4] ?? '').matchAll(/\[([\w-]+)\]/g)].map((x) => x[1]!);
  return (el) =>
    (!tag || el.tagName === tag) &&
    classes.every((c) => el.classList.contains(c)) &&
    has.every((a) => el.hasAttribute(a)) &&
    hasNot.every((a) => !el.hasAttribute(a));
}

export class FakeElement {
  readonly attrs = new Map<string, string>();
  readonly children: FakeElement[] = [];
  parentNode: FakeElement | null = null;
  readonly dataset: Record<string, string | undefined> = {};
  /** Layout: what the browser would measure (a box's size; 0 for an SVG variant hidden by CSS). */
  clientWidth = 0;
  clientHeight = 0;
  rendered = true;
  readonly animations: FakeAnimation[] = [];
  private text = '';
  readonly ownerDocument = fakeDocument;
  constructor(readonly tagName: string) {}

  get classList() {
    const list = () => (this.attrs.get('class') ?? '').split(/\s+/).filter(Boolean);
    return {
      contains: (c: string) => list().includes(c),
      add: (...cs: string[]) => this.setAttribute('class', [...new Set([...list(), ...cs])].join(' ')),
      remove: (...cs: string[]) =>
        this.setAttribute(
          'class',
          list()
            .filter((c) => !cs.includes(c))
            .join(' '),
        ),
    };
  }
  /** Names a mark in the write log by its key. */
  private get name(): string {
    return this.attrs.get('data-key') ?? this.tagName;
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, String(value));
    writes.push(`${this.name} ${name}=${value}`);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
    writes.push(`${this.name} -${name}`);
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    this.text = value;
    writes.push(`${this.name} text=${value}`);
  }
  get previousSibling(): FakeElement | null {
    const s = this.parentNode?.children;
    return s ? (s[s.indexOf(this) - 1] ?? null) : null;
  }
  get nextSibling(): FakeElement | null {
    const s = this.parentNode?.children;
    return s ? (s[s.indexOf(this) + 1] ?? null) : null;
  }
  private detach(): void {
    const s = this.parentNode?.children;
    if (s) s.splice(s.indexOf(this), 1);
    this.parentNode = null;
  }
  insertBefore(node: FakeElement, ref: FakeElement | null): FakeElement {
    // As the DOM does: inserting a node before itself puts it where it is.
    if (ref === node) ref = node.nextSibling;
    node.detach();
    const i = ref ? this.children.indexOf(ref) : this.children.length;
    if (i < 0) throw new Error('fake-svg: insertBefore a node that is not a child');
    this.children.splice(i, 0, node);
    node.parentNode = this;
    writes.push(`insert ${node.name}`);
    return node;
  }
  append(node: FakeElement): void {
    this.insertBefore(node, null);
  }
  remove(): void {
    if (this.parentNode) writes.push(`remove ${this.name}`);
    this.detach();
  }
  replaceWith(other: FakeElement): void {
    const parent = this.parentNode!;
    parent.insertBefore(other, this);
    this.detach();
  }
  querySelectorAll<T = FakeElement>(selector: string): T[] {
    const match = matcher(selector);
    const out: FakeElement[] = [];
    const walk = (el: FakeElement) => {
      for (const c of el.children) {
        if (match(c)) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out as T[];
  }
  querySelector<T = FakeElement>(selector: string): T | null {
    return (this.querySelectorAll<T>(selector)[0] ?? null) as T | null;
  }
  getBoundingClientRect(): { width: number; height: number } {
    return this.rendered ? { width: this.clientWidth || 1, height: this.clientHeight || 1 } : { width: 0, height: 0 };
  }
  animate(keyframes: { opacity: number }[], opts: { duration: number }): FakeAnimation {
    const a = new FakeAnimation(keyframes[0]!.opacity, keyframes[keyframes.length - 1]!.opacity, opts.duration);
    this.animations.push(a);
    return a;
  }
  /** Running or holding their end value (fill: forwards), as a browser lists them; not cancelled ones. */
  getAnimations(): FakeAnimation[] {
    return this.animations.filter((a) => !a.cancelled);
  }
  /** The opacity drawn now: the newest animation still in effect, else 1. */
  get computedOpacity(): number {
    return this.getAnimations().at(-1)?.value ?? 1;
  }
}

export const fakeDocument = {
  createElementNS: (_ns: string, tag: string) => new FakeElement(tag),
};

/** `getComputedStyle` for the player: only an SVG's opacity is ever read. */
export function fakeComputedStyle(el: FakeElement): { opacity: string } {
  return { opacity: String(el.computedOpacity) };
}
