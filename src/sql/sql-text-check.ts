import { CoreError } from "../errors";
import type { CoreErrorCode } from "../error-codes";

/**
 * Throws `code` unless `text` can be sent to a database as UTF-8 text: no U+0000 (PostgreSQL rejects it in
 * text and identifiers, and the C APIs of the others end a string there) and no unpaired UTF-16 surrogate
 * (it has no UTF-8 encoding, so a driver would replace it and the name would silently change).
 */
export function checkSqlText(text: string, code: CoreErrorCode, what: string): void {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0) {
      throw new CoreError(code, `${what} contains the character U+0000, which SQL text cannot hold`, {
        value: text,
      });
    }
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
    }
    if (unit >= 0xd800 && unit <= 0xdfff) {
      throw new CoreError(code, `${what} contains an unpaired UTF-16 surrogate, which UTF-8 cannot encode`, {
        value: text,
      });
    }
  }
}
