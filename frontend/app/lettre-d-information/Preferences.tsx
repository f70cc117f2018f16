/** The three publications a subscriber may choose (plain checkboxes: the form works without JavaScript). */
export function PreferencesFieldset({ newsletter = true, projectDigests = false, agenda = false }: { newsletter?: boolean; projectDigests?: boolean; agenda?: boolean }) {
  const choices = [
    { name: "newsletter", label: "La lettre d'information mensuelle", checked: newsletter },
    { name: "projectDigests", label: "Les nouvelles des projets partagés", checked: projectDigests },
    { name: "agenda", label: "L'agenda des événements", checked: agenda },
  ];
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend">Je souhaite recevoir</legend>
      {choices.map((choice) => (
        <div className="fr-fieldset__element" key={choice.name}>
          <div className="fr-checkbox-group">
            <input type="checkbox" id={choice.name} name={choice.name} defaultChecked={choice.checked} />
            <label className="fr-label" htmlFor={choice.name}>
              {choice.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
