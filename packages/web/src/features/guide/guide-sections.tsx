import { List, Stack, Text, Title } from "@mantine/core";
import type { GuideSection } from "@passerelle/domain";

/** A chapter's key action points, as the manual lists them: optional heading and lead-in, then the points. */
export const GuideSections = ({ sections, headingOrder }: { sections: GuideSection[]; headingOrder: 3 | 4 }) => (
  <Stack gap="md">
    {sections.map((section, i) => (
      <Stack key={section.heading ?? `section-${i}`} gap={6}>
        {section.heading ? (
          <Title order={headingOrder} size="h5">
            {section.heading}
          </Title>
        ) : null}
        {section.intro ? <Text>{section.intro}</Text> : null}
        <List spacing={6} withPadding>
          {section.points.map((point, j) => (
            <List.Item key={point.title ?? point.text ?? j}>
              {point.title ? (
                <Text component="span" fw={700}>
                  {point.title}
                  {point.text ? " " : ""}
                </Text>
              ) : null}
              {point.text ? <Text component="span">{point.text}</Text> : null}
              {point.subpoints ? (
                <List type="ordered" listStyleType="lower-alpha" spacing={4} withPadding mt={4}>
                  {point.subpoints.map((sub) => (
                    <List.Item key={sub}>{sub}</List.Item>
                  ))}
                </List>
              ) : null}
            </List.Item>
          ))}
        </List>
      </Stack>
    ))}
  </Stack>
);
