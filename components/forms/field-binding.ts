// Wires each field of an action form to the form's state by its name: the error the server gave it and what the
// person typed (or, before the first save, the form's starting values), so no field can show another's.
import type { ActionState } from "@/lib/actions/state";

export interface FieldBinding {
  /** what the person typed, or the starting values */
  typed: Record<string, string>;
  errors: Record<string, string>;
  /** a text box, text area or select list */
  input: (name: string) => { name: string; error?: string; defaultValue?: string };
  /** a date input (its three parts are read from what was typed) */
  date: (name: string) => { name: string; error?: string; fields: Record<string, string> };
  /** a password: never shown back */
  password: (name: string) => { name: string; error?: string; type: "password" };
  /** radios or checkboxes: the values checked (several checked boxes come back joined by commas) */
  choice: (name: string) => { name: string; error?: string; selected: string[] };
}

export function bindFields(state: ActionState, initial: Record<string, string> = {}): FieldBinding {
  const typed = state.fields ?? initial;
  const errors = state.fieldErrors ?? {};
  return {
    typed,
    errors,
    input: (name) => ({ name, error: errors[name], defaultValue: typed[name] }),
    date: (name) => ({ name, error: errors[name], fields: typed }),
    password: (name) => ({ name, error: errors[name], type: "password" }),
    choice: (name) => ({ name, error: errors[name], selected: (typed[name] ?? "").split(",") }),
  };
}
