import { Card } from "@codegouvfr/react-dsfr/Card";
import { Badge } from "@codegouvfr/react-dsfr/Badge";

import type { ExperienceCardFragment } from "@/gql/graphql";
import { excerpt } from "@/lib/labels";
import { cardImageProps, type HeadingLevel } from "./cardImage";

/** An experience in a list: who did it, how far citizens took part, what it is about. */
export function ExperienceCard({ experience, titleAs = "h3" }: { experience: ExperienceCardFragment; titleAs?: HeadingLevel }) {
  return (
    <Card
      title={experience.title}
      titleAs={titleAs}
      linkProps={{ href: experience.urlPath }}
      enlargeLink
      desc={excerpt(experience.summary)}
      start={
        <ul className="fr-badges-group">
          <li>
            <Badge small severity="info" noIcon>
              {`Niveau ${experience.participationLevel.label}`}
            </Badge>
          </li>
        </ul>
      }
      detail={experience.localAuthorities.map((authority) => authority.name).join(", ") || undefined}
      end={
        experience.themes.length ? (
          <p className="fr-card__detail">{experience.themes.map((theme) => theme.name).join(" · ")}</p>
        ) : undefined
      }
      {...cardImageProps(experience.image)}
    />
  );
}
