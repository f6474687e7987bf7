/** Labels such as needs, expertise or sectors, as a list of chips. */
export function Tags({ values, label }: { values: string[]; label?: string }) {
  if (!values.length) {
    return null;
  }
  return (
    <ul className="tags" aria-label={label}>
      {values.map((value) => (
        <li key={value} className="tag">
          {value}
        </li>
      ))}
    </ul>
  );
}
