/**
 * The shape of a notice version as messages to the store and backup files carry it (valibot; the store and
 * the backup reader bring their own rules for pages and times, as for the model's other shapes in
 * utils/schema/model.ts). Background and extension pages only: the content script imports no valibot.
 */
import * as v from 'valibot';
import { isoTime, record, text } from '../schema/rules';
import type { StringSchema } from '../schema/model';

/** One version: its page (the caller's URL rule), when it was first seen (the caller's time rule) and its body. */
/* @__NO_SIDE_EFFECTS__ */
export function versionSchema(page: StringSchema, time: v.GenericSchema<unknown, string> = isoTime, maxChars: number) {
  return record({ page, savedAt: time, text: text(maxChars) });
}
