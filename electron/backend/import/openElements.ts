/**
 * The HTML parser's stack of open elements, as far as nesting depth needs it (see htmlDepth.ts),
 * built so that every question the tree-building rules ask of it costs the same however deep the
 * stack is: each element remembers the nearest element at or below it that bounds each kind of
 * scope, and each tag name the positions where it is open.
 */

const set = (names: string) => new Set(names.split(' '));

export type Namespace = 'svg' | 'math';

/** The kinds of element that stop a search down the stack. */
export type Fence = 'default' | 'button' | 'list' | 'table' | 'special' | 'item' | 'html';
const FENCES: Fence[] = ['default', 'button', 'list', 'table', 'special', 'item', 'html'];

const SCOPE = 'applet caption html table td th marquee object template';
const HTML_FENCES: Record<'default' | 'button' | 'list' | 'table', Set<string>> = {
  default: set(SCOPE),
  button: set(`${SCOPE} button`),
  list: set(`${SCOPE} ol ul`),
  table: set('html table template'),
};
/** Elements the spec calls "special": most end tags and list items do not look past them. */
const SPECIAL = set(
  'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp',
);
/** SVG and MathML elements that are special and bound scopes like `<td>`. */
const FOREIGN_SPECIAL: Record<Namespace, Set<string>> = {
  svg: set('foreignobject desc title'),
  math: set('mi mo mn ms mtext annotation-xml'),
};
/** Blocks an `<li>`, `<dd>` or `<dt>` looks past for an open item to close. */
const ITEM_PASSES = set('address div p');
const MATHML_TEXT_POINTS = set('mi mo mn ms mtext');
export const FORMATTING = set('a b big code em font i nobr s small strike strong tt u');
/** Elements that start a new run of reopenable formatting elements (a "marker"). */
const MARKERS = set('applet caption marquee object td th template');

function isFence(fence: Fence, name: string, foreign: Namespace | null): boolean {
  const special = foreign ? FOREIGN_SPECIAL[foreign].has(name) : SPECIAL.has(name);
  switch (fence) {
    case 'html':
      return !foreign;
    case 'special':
      return special;
    case 'item':
      return special && (foreign !== null || !ITEM_PASSES.has(name));
    case 'table':
      return !foreign && HTML_FENCES.table.has(name);
    default:
      return foreign ? special : HTML_FENCES[fence].has(name);
  }
}

export interface Open {
  name: string;
  index: number;
  /** The namespace of an SVG or MathML element; null for HTML. */
  foreign: Namespace | null;
  /** An SVG/MathML element whose children are parsed as HTML. */
  integration: boolean;
  /** Index of the nearest element at or below this one that is each kind of fence, else -1. */
  fences: Record<Fence, number>;
  /** Its entry among the reopenable formatting elements, while it is one. */
  formatting: Formatting | null;
}

export interface Formatting {
  name: string;
  /** Tag name and attributes: the parser keeps at most three identical ones per run. */
  key: string;
  /** Null once a block closed it without its end tag: the parser reopens it, so it still counts. */
  open: Open | null;
  /** Taken off the list (kept in the lookup arrays until reached, so removal costs nothing). */
  gone: boolean;
}

/** One run of reopenable formatting elements: those opened since the last marker. */
interface Run {
  all: Formatting[];
  byName: Map<string, Formatting[]>;
  byKey: Map<string, Formatting[]>;
}
const newRun = (): Run => ({ all: [], byName: new Map(), byKey: new Map() });

function lastOf<T>(map: Map<string, T[]>, key: string): T | undefined {
  const list = map.get(key);
  return list?.[list.length - 1];
}

export class OpenElements {
  private readonly stack: Open[] = [];
  /** Where each HTML tag name is open (ascending indexes); foreign names apart. */
  private readonly html = new Map<string, number[]>();
  private readonly foreignNames = new Map<string, number[]>();
  private readonly runs: Run[] = [newRun()];
  /** Formatting elements a block closed that the parser reopens where text goes on. */
  private reopened = 0;

  /** How deep the next element would sit: the open elements and the formatting ones reopened. */
  get depth(): number {
    return this.stack.length + this.reopened;
  }

  get top(): Open | undefined {
    return this.stack[this.stack.length - 1];
  }

  at(index: number): Open {
    return this.stack[index]!;
  }

  /** The nearest fence of a kind at or below the top, else -1. */
  fence(kind: Fence): number {
    return this.top?.fences[kind] ?? -1;
  }

  push(name: string, foreign: Namespace | null, attributes: ReadonlyMap<string, string>): Open {
    const index = this.stack.length;
    const below = this.top;
    const fences = {} as Record<Fence, number>;
    for (const kind of FENCES) fences[kind] = isFence(kind, name, foreign) ? index : (below?.fences[kind] ?? -1);
    const integration =
      foreign === 'svg'
        ? FOREIGN_SPECIAL.svg.has(name)
        : foreign === 'math' &&
          (name === 'annotation-xml'
            ? /^(?:text\/html|application\/xhtml\+xml)$/i.test(attributes.get('encoding') ?? '')
            : MATHML_TEXT_POINTS.has(name));
    const open: Open = { name, index, foreign, integration, fences, formatting: null };
    this.stack.push(open);
    const names = foreign ? this.foreignNames : this.html;
    const positions = names.get(name);
    if (positions) positions.push(index);
    else names.set(name, [index]);
    if (!foreign && MARKERS.has(name)) this.runs.push(newRun());
    if (!foreign && FORMATTING.has(name)) this.addFormatting(open, attributes);
    return open;
  }

  pop(): void {
    const open = this.stack.pop();
    if (!open) return;
    (open.foreign ? this.foreignNames : this.html).get(open.name)?.pop();
    if (open.formatting) {
      open.formatting.open = null;
      this.reopened++;
    }
    if (!open.foreign && MARKERS.has(open.name) && this.runs.length > 1) {
      for (const entry of this.runs.pop()!.all) this.drop(entry);
    }
  }

  popThrough(index: number): void {
    while (this.stack.length > index) this.pop();
  }

  /**
   * Takes an element's name away while it stays open (a `</form>` with elements open inside it):
   * no later end tag closes it, and it still counts, and still stops searches, as it was.
   */
  disown(index: number): void {
    const open = this.stack[index]!;
    const positions = (open.foreign ? this.foreignNames : this.html).get(open.name)!;
    positions.splice(positions.lastIndexOf(index), 1);
    open.name = `/${open.name}`;
  }

  /** Index of the nearest open HTML element with one of these names, else -1. */
  nearest(names: Iterable<string>): number {
    let best = -1;
    for (const name of names) best = Math.max(best, lastOf(this.html, name) ?? -1);
    return best;
  }

  /** The nearest open SVG/MathML element with this name, else -1. */
  nearestForeign(name: string): number {
    return lastOf(this.foreignNames, name) ?? -1;
  }

  /** The nearest open HTML element with one of these names that no fence of the kind hides, else -1. */
  nearestWithin(names: Iterable<string>, fence: Fence): number {
    const best = this.nearest(names);
    return best >= 0 && best >= this.fence(fence) ? best : -1;
  }

  /** The last formatting element of this name opened in the current run, open or to be reopened. */
  lastFormatting(name: string): Formatting | undefined {
    const list = this.run().byName.get(name);
    while (list?.length && list[list.length - 1]!.gone) list.pop();
    return list?.[list.length - 1];
  }

  /** Takes a formatting element off the list: it is no longer reopened. */
  forget(entry: Formatting): void {
    const same = this.run().byKey.get(entry.key);
    const at = same?.indexOf(entry) ?? -1;
    if (at >= 0) same!.splice(at, 1);
    this.drop(entry);
  }

  private run(): Run {
    return this.runs[this.runs.length - 1]!;
  }

  private drop(entry: Formatting): void {
    if (entry.gone) return;
    entry.gone = true;
    if (entry.open) entry.open.formatting = null;
    else this.reopened--;
  }

  private addFormatting(open: Open, attributes: ReadonlyMap<string, string>): void {
    const run = this.run();
    const key = `${open.name} ${[...attributes].map(([name, value]) => `${name}=${value}`).sort().join(' ')}`;
    const same = run.byKey.get(key) ?? [];
    run.byKey.set(key, same);
    // Noah's Ark: a fourth identical element pushes the earliest of the three off the list.
    if (same.length >= 3) this.forget(same[0]!);
    const entry: Formatting = { name: open.name, key, open, gone: false };
    open.formatting = entry;
    same.push(entry);
    run.all.push(entry);
    const byName = run.byName.get(open.name);
    if (byName) byName.push(entry);
    else run.byName.set(open.name, [entry]);
  }
}
