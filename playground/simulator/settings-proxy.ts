import { SimCollectionProxy } from "./collection-proxy";
import { ErrorCodes, excelError } from "./errors";
import { SimProxy, type PropertyReaders } from "./proxy";
import type { SimRequestContext } from "./request-context";

interface SettingEntry {
  readonly key: string;
  readonly value: unknown;
}

const settingProperties: PropertyReaders<SettingEntry> = {
  key: (entry) => entry.key,
  value: (entry) => entry.value,
};

/** Excel.Setting (ExcelApi 1.4): a key/value pair stored in the document for this add-in. */
export class SettingProxy extends SimProxy<SettingEntry> {
  protected readonly properties = settingProperties;

  constructor(
    context: SimRequestContext,
    private readonly keyOf: () => string | null,
    orNullObject = false,
  ) {
    super(context, 4, orNullObject);
  }

  resolve(): SettingEntry | null {
    const key = this.keyOf();
    const { settings } = this.context.state.model;
    return key !== null && settings.has(key) ? { key, value: settings.get(key) } : null;
  }

  get key(): string {
    return this.loaded("key");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  set value(value: unknown) {
    this.queue("Setting.value", value, 4, ({ key }) =>
      this.context.state.model.settings.set(key, storedCopy(value)),
    );
  }

  delete(): void {
    this.queue("Setting.delete", null, 4, ({ key }) => this.context.state.model.settings.delete(key));
  }
}

/** Excel.SettingCollection (`workbook.settings`, ExcelApi 1.4). "The scope is limited to per file and add-in." */
export class SettingCollectionProxy extends SimCollectionProxy<SettingEntry, SettingProxy> {
  protected readonly itemProperties = settingProperties;

  constructor(context: SimRequestContext) {
    super(context, 4);
  }

  protected resolveItems(): readonly SettingEntry[] {
    return [...this.context.state.model.settings].map(([key, value]) => ({ key, value }));
  }

  protected itemProxy(entry: SettingEntry): SettingProxy {
    return new SettingProxy(this.context, () => entry.key);
  }

  /** "Sets or adds the specified setting to the workbook." Values travel as JSON. */
  add(key: string, value: unknown): SettingProxy {
    this.context.enqueue({
      description: `SettingCollection.add(${key})`,
      requestBytes: key.length + JSON.stringify(value ?? null).length,
      since: 4,
      apply: () => this.context.state.model.settings.set(key, storedCopy(value)),
    });
    return new SettingProxy(this.context, () => key);
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, () => {
      if (!this.context.state.model.settings.has(key))
        throw excelError(ErrorCodes.itemNotFound, `No setting "${key}".`);
      return key;
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, () => key, true);
  }
}

function storedCopy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}
