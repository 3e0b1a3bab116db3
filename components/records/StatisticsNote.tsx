/** What the figures are: only as complete as the site's own published results (docs/decisions/0027). */
export function StatisticsNote() {
  return (
    <p className="records-note">
      Deze cijfers zijn zo volledig als de uitslagen die op deze site zijn gepubliceerd. Het is geen officiële lijst van
      de ISU: een tijd die we niet hebben gepubliceerd, telt hier niet mee.
    </p>
  );
}
