import { Card } from "@codegouvfr/react-dsfr/Card";

import type { ThemeCardFragment } from "@/gql/graphql";
import { excerpt, formatMonth } from "@/lib/labels";
import { cardImageProps, type HeadingLevel } from "./cardImage";

/** A theme of the month in a list. */
export function ThemeCard({ theme, titleAs = "h3" }: { theme: ThemeCardFragment; titleAs?: HeadingLevel }) {
  return (
    <Card
      title={theme.title}
      titleAs={titleAs}
      linkProps={{ href: theme.urlPath }}
      enlargeLink
      detail={`Thématique de ${formatMonth(theme.month)}`}
      desc={excerpt(theme.summary)}
      {...cardImageProps(theme.image)}
    />
  );
}
