import { ErrorCodes, excelError } from "./errors";
import { jsonByteLength } from "./payload";
import type { SimRequestContext } from "./request-context";

/** A loadable scalar property: how to read it from the resolved model object. */
export type PropertyReaders<Target> = Readonly<Record<string, (target: Target) => unknown>>;

/**
 * Base of every simulated proxy object (Range, Worksheet, Table...). Scalar properties must be loaded and
 * synced before they are read: reading earlier throws PropertyNotLoaded
 * (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model, "load()").
 * Objects from `*OrNullObject` methods get `isNullObject` filled in by the next sync without an explicit
 * load (same page, "*OrNullObject methods and properties").
 */
export abstract class SimProxy<Target> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  protected constructor(
    readonly context: SimRequestContext,
    /** ExcelApi minor version needed to reach this object. */
    readonly since: number,
    private readonly orNullObject = false,
  ) {
    if (orNullObject) {
      context.enqueue({
        description: `${this.constructor.name}.isNullObject`,
        requestBytes: 0,
        since,
        apply: (effects) => {
          const isNull = this.resolve() === null;
          effects.onCommit(() => (this.nullObject = isNull));
        },
      });
    }
  }

  /** The model object behind the proxy, during a sync; null for a missing `*OrNullObject` item. */
  abstract resolve(): Target | null;

  protected abstract readonly properties: PropertyReaders<Target>;

  get isNullObject(): boolean {
    if (!this.orNullObject) return false;
    if (this.nullObject === undefined) throw notLoaded("isNullObject");
    return this.nullObject;
  }

  /** Queues loading of scalar properties ("address, rowCount" or an array; no argument loads them all). */
  load(propertyNames?: string | readonly string[]): this {
    const names = splitNames(propertyNames, Object.keys(this.properties));
    this.context.enqueue({
      description: `${this.constructor.name}.load(${names.join(",")})`,
      requestBytes: jsonByteLength(names),
      since: this.since,
      apply: (effects) => {
        const target = this.resolve();
        const snapshot = new Map<string, unknown>();
        for (const name of names) {
          const reader = this.properties[name];
          if (reader === undefined) {
            throw excelError(
              ErrorCodes.invalidArgument,
              `${this.constructor.name} has no property "${name}".`,
            );
          }
          snapshot.set(name, target === null ? null : reader(target));
        }
        effects.addResponseBytes(jsonByteLength(Object.fromEntries(snapshot)));
        effects.onCommit(() => snapshot.forEach((value, name) => this.loadedValues.set(name, value)));
      },
    });
    return this;
  }

  /** A loaded property's value; throws PropertyNotLoaded when it was not loaded and synced. */
  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw notLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** Stores values as if loaded: collection items arrive with the properties their collection loaded. */
  receiveLoaded(values: ReadonlyMap<string, unknown>): void {
    values.forEach((value, name) => this.loadedValues.set(name, value));
  }

  /** The model object, or ItemNotFound when it does not exist (any change to a null object fails). */
  protected target(): Target {
    const target = this.resolve();
    if (target === null)
      throw excelError(ErrorCodes.itemNotFound, `${this.constructor.name}: the object does not exist.`);
    return target;
  }

  /** Queues a change or method call; `apply` runs during the next sync, in order. */
  protected queue(
    description: string,
    payload: unknown,
    since: number,
    apply: (target: Target) => void,
  ): void {
    this.context.enqueue({
      description,
      requestBytes: jsonByteLength(payload),
      since: Math.max(since, this.since),
      apply: () => apply(this.target()),
    });
  }
}

export function notLoaded(name: string): Error {
  return excelError(
    ErrorCodes.propertyNotLoaded,
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function splitNames(propertyNames: string | readonly string[] | undefined, all: readonly string[]): string[] {
  if (propertyNames === undefined) return [...all];
  const list = typeof propertyNames === "string" ? propertyNames.split(",") : [...propertyNames];
  return list.map((name) => name.trim()).filter((name) => name.length > 0);
}
