/** The first focusable element: lets keyboard and screen-reader users jump past the menu. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#inhoud">
      Naar de inhoud
    </a>
  );
}
