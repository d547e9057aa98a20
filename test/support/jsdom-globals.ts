/**
 * jsdom (Jest's browser environment) lacks a few globals every browser and Node have: TextEncoder /
 * TextDecoder (the simulator measures payloads in UTF-8 bytes) and structuredClone. Take Node's own.
 */
import { TextDecoder, TextEncoder } from "node:util";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });
