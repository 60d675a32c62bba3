// NHS form fields: label, hint, error message (with a hidden "Error:" prefix) and the input, wired
// with aria-describedby and aria-invalid. The form group gets a red left border when it has an error.
import type { ReactNode } from "react";
import { MAKER_KIND_LABEL, MAKER_KINDS } from "@/lib/domain/makers";
import { errorGroupClass, errorMessageClass, inputBorderClass, inputClass } from "../ui/form-styles";

const inputBase = `${inputClass} w-full max-w-reading`;

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
}

export function describedBy(name: string, hint?: string, error?: string) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FormGroup({ name, error, children, spacing = "mb-6" }: { name: string; error?: string; children: ReactNode; spacing?: string }) {
  return (
    <div id={`${name}-group`} className={`${spacing} ${error ? errorGroupClass : ""}`}>
      {children}
    </div>
  );
}

export function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <p id={`${name}-hint`} className="text-ink-secondary nhs-text-16 mb-2 max-w-reading">
      {hint}
    </p>
  ) : null;
}

export function ErrorMessage({ name, error }: { name: string; error?: string | null }) {
  return error ? (
    <p id={`${name}-error`} className={errorMessageClass}>
      <span className="sr-only">Error:</span> {error}
    </p>
  ) : null;
}

export interface Option {
  value: string;
  label: string;
}

/** A select's options, each its value and its words; inside an optgroup when `group` names one. */
export function Options({ options, group }: { options: readonly Option[]; group?: string }) {
  const list = options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
  return group ? <optgroup label={group}>{list}</optgroup> : <>{list}</>;
}

/** A labelled control: the label, hint and error above it, in a group that turns red with the error. */
function LabelledField({ name, label, hint, error, children }: { name: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <FormGroup name={name} error={error}>
      <label htmlFor={name} className="block font-semibold mb-1">
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <ErrorMessage name={name} error={error} />
      {children}
    </FormGroup>
  );
}

/** The control's own attributes: its id and name, what describes it, and whether it is wrong. */
function controlProps({ name, hint, error, defaultValue }: FieldProps) {
  return { id: name, name, defaultValue, "aria-describedby": describedBy(name, hint, error), "aria-invalid": error ? true : undefined };
}

export function TextField(props: FieldProps & { type?: "text" | "email" | "password" | "url"; autoComplete?: string; width?: string }) {
  const { type = "text", autoComplete, width } = props;
  return (
    <LabelledField {...props}>
      <input
        {...controlProps(props)}
        type={type}
        autoComplete={autoComplete}
        className={`${inputBase} ${width ?? ""} ${inputBorderClass(Boolean(props.error))}`}
      />
    </LabelledField>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  return (
    <LabelledField {...props}>
      <textarea {...controlProps(props)} rows={props.rows ?? 4} className={`${inputBase} ${inputBorderClass(Boolean(props.error))}`} />
    </LabelledField>
  );
}

export function SelectField(props: FieldProps & { options: readonly Option[] }) {
  // With no value given, the first option is chosen, as a browser would.
  const defaultValue = props.defaultValue ?? props.options[0]?.value;
  return (
    <LabelledField {...props}>
      <select {...controlProps({ ...props, defaultValue })} className={`${inputBase} w-auto ${inputBorderClass(Boolean(props.error))}`}>
        <Options options={props.options} />
      </select>
    </LabelledField>
  );
}

/** Several choices in a fieldset; the legend names the question. */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  type: "radio" | "checkbox";
  options: { value: string; label: string; hint?: string }[];
  selected: string[];
}) {
  const { name, legend, hint, error, type, options, selected } = props;
  return (
    <FormGroup name={name} error={error}>
      <fieldset aria-describedby={describedBy(name, hint, error)}>
        {/* sent even when nothing is chosen, so an error about the choice is listed in the form's order */}
        <input type="hidden" name={`${name}-asked`} value="" />
        <legend className="font-semibold mb-1">{legend}</legend>
        <Hint name={name} hint={hint} />
        <ErrorMessage name={name} error={error} />
        {options.map((o, i) => (
          <div key={o.value} className="flex items-start gap-3 mb-2">
            <input
              id={i === 0 ? name : `${name}-${o.value}`}
              name={name}
              type={type}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="mt-1 h-6 w-6 accent-ink"
            />
            <label htmlFor={i === 0 ? name : `${name}-${o.value}`}>
              {o.label}
              {o.hint ? <span className="block text-ink-secondary nhs-text-16">{o.hint}</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
    </FormGroup>
  );
}

/** Who made a commitment (lib/domain/makers.ts): a supplier, a trust, a programme body, or not known. */
export function MakerChoice({
  name,
  legend,
  hint,
  error,
  defaultValue,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
}) {
  return (
    <ChoiceGroup
      name={name}
      legend={legend}
      hint={hint}
      type="radio"
      error={error}
      selected={[defaultValue ?? "NOT_KNOWN"]}
      options={[...MAKER_KINDS.map((k) => ({ value: k, label: MAKER_KIND_LABEL[k] })), { value: "NOT_KNOWN", label: "Not known" }]}
    />
  );
}
