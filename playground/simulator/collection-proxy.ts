import { ErrorCodes, excelError } from "./errors";
import { notLoaded, type PropertyReaders } from "./proxy";
import { jsonByteLength } from "./payload";
import type { SimRequestContext } from "./request-context";

/** An item proxy that can receive its loaded properties from its collection's load. */
export interface PreloadableProxy {
  receiveLoaded(values: ReadonlyMap<string, unknown>): void;
}

/**
 * Base of collection proxies (worksheets, tables, settings): `load("items/name")` (or simply `load("name")`)
 * fills `items` with item proxies whose named properties are loaded; reading `items` earlier throws
 * PropertyNotLoaded.
 */
export abstract class SimCollectionProxy<Item, ItemProxy extends PreloadableProxy> {
  private loadedItems: ItemProxy[] | undefined;

  protected constructor(
    readonly context: SimRequestContext,
    readonly since: number,
  ) {}

  protected abstract resolveItems(): readonly Item[];
  protected abstract itemProxy(item: Item): ItemProxy;
  protected abstract readonly itemProperties: PropertyReaders<Item>;

  get items(): ItemProxy[] {
    if (this.loadedItems === undefined) throw notLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames?: string | readonly string[]): this {
    const names = itemPropertyNames(propertyNames, Object.keys(this.itemProperties));
    this.context.enqueue({
      description: `${this.constructor.name}.load(${names.join(",")})`,
      requestBytes: jsonByteLength(names),
      since: this.since,
      apply: (effects) => {
        const items = this.resolveItems();
        const snapshots = items.map((item) => {
          const snapshot = new Map<string, unknown>();
          for (const name of names) {
            const reader = this.itemProperties[name];
            if (reader === undefined) {
              throw excelError(
                ErrorCodes.invalidArgument,
                `${this.constructor.name} items have no property "${name}".`,
              );
            }
            snapshot.set(name, reader(item));
          }
          return snapshot;
        });
        effects.addResponseBytes(jsonByteLength(snapshots.map((snapshot) => Object.fromEntries(snapshot))));
        effects.onCommit(() => {
          this.loadedItems = items.map((item, index) => {
            const proxy = this.itemProxy(item);
            proxy.receiveLoaded(snapshots[index] ?? new Map());
            return proxy;
          });
        });
      },
    });
    return this;
  }
}

/** "items/name, items/id" and "name, id" both mean the items' name and id; no argument means all. */
function itemPropertyNames(
  propertyNames: string | readonly string[] | undefined,
  all: readonly string[],
): string[] {
  if (propertyNames === undefined) return [...all];
  const list = typeof propertyNames === "string" ? propertyNames.split(",") : [...propertyNames];
  const names = list
    .map((name) => name.trim().replace(/^items\//, ""))
    .filter((name) => name.length > 0 && name !== "items");
  return names.length === 0 ? [...all] : names;
}
